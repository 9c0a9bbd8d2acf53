/**
 */
package org.kbtriage.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dump</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getCharset <em>Charset</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getLineCount <em>Line Count</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getLayouts <em>Layouts</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getException <em>Exception</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getFailureBucketId <em>Failure Bucket Id</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getAnalyzeModuleName <em>Analyze Module Name</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getImageName <em>Image Name</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getProcessName <em>Process Name</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getBugcheckStr <em>Bugcheck Str</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getModules <em>Modules</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DumpImpl extends MinimalEObjectImpl.Container implements Dump {
	/**
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCharset() <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharset()
	 * @generated
	 * @ordered
	 */
	protected static final String CHARSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCharset() <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharset()
	 * @generated
	 * @ordered
	 */
	protected String charset = CHARSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long sizeBytes = SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineCount() <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineCount()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLineCount() <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineCount()
	 * @generated
	 * @ordered
	 */
	protected int lineCount = LINE_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayouts() <em>Layouts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayouts()
	 * @generated
	 * @ordered
	 */
	protected EList<DumpLayout> layouts;

	/**
	 * The cached value of the '{@link #getException() <em>Exception</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getException()
	 * @generated
	 * @ordered
	 */
	protected ExceptionRecord exception;

	/**
	 * The default value of the '{@link #getFailureBucketId() <em>Failure Bucket Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureBucketId()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_BUCKET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureBucketId() <em>Failure Bucket Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureBucketId()
	 * @generated
	 * @ordered
	 */
	protected String failureBucketId = FAILURE_BUCKET_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalyzeModuleName() <em>Analyze Module Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzeModuleName()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYZE_MODULE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalyzeModuleName() <em>Analyze Module Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzeModuleName()
	 * @generated
	 * @ordered
	 */
	protected String analyzeModuleName = ANALYZE_MODULE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageName() <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageName()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageName() <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageName()
	 * @generated
	 * @ordered
	 */
	protected String imageName = IMAGE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessName() <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcessName() <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessName()
	 * @generated
	 * @ordered
	 */
	protected String processName = PROCESS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBugcheckStr() <em>Bugcheck Str</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckStr()
	 * @generated
	 * @ordered
	 */
	protected static final String BUGCHECK_STR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBugcheckStr() <em>Bugcheck Str</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugcheckStr()
	 * @generated
	 * @ordered
	 */
	protected String bugcheckStr = BUGCHECK_STR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<DumpThread> threads;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<org.kbtriage.model.Module> modules;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<ParseProblem> problems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DumpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.DUMP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCharset() {
		return charset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharset(String newCharset) {
		String oldCharset = charset;
		charset = newCharset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__CHARSET, oldCharset, charset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSizeBytes() {
		return sizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeBytes(long newSizeBytes) {
		long oldSizeBytes = sizeBytes;
		sizeBytes = newSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__SIZE_BYTES, oldSizeBytes, sizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineCount() {
		return lineCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineCount(int newLineCount) {
		int oldLineCount = lineCount;
		lineCount = newLineCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__LINE_COUNT, oldLineCount, lineCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DumpLayout> getLayouts() {
		if (layouts == null) {
			layouts = new EDataTypeUniqueEList<DumpLayout>(DumpLayout.class, this, TriagePackage.DUMP__LAYOUTS);
		}
		return layouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExceptionRecord getException() {
		return exception;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetException(ExceptionRecord newException, NotificationChain msgs) {
		ExceptionRecord oldException = exception;
		exception = newException;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__EXCEPTION, oldException, newException);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setException(ExceptionRecord newException) {
		if (newException != exception) {
			NotificationChain msgs = null;
			if (exception != null)
				msgs = ((InternalEObject)exception).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TriagePackage.DUMP__EXCEPTION, null, msgs);
			if (newException != null)
				msgs = ((InternalEObject)newException).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TriagePackage.DUMP__EXCEPTION, null, msgs);
			msgs = basicSetException(newException, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__EXCEPTION, newException, newException));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureBucketId() {
		return failureBucketId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureBucketId(String newFailureBucketId) {
		String oldFailureBucketId = failureBucketId;
		failureBucketId = newFailureBucketId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__FAILURE_BUCKET_ID, oldFailureBucketId, failureBucketId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalyzeModuleName() {
		return analyzeModuleName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalyzeModuleName(String newAnalyzeModuleName) {
		String oldAnalyzeModuleName = analyzeModuleName;
		analyzeModuleName = newAnalyzeModuleName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__ANALYZE_MODULE_NAME, oldAnalyzeModuleName, analyzeModuleName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageName() {
		return imageName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageName(String newImageName) {
		String oldImageName = imageName;
		imageName = newImageName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__IMAGE_NAME, oldImageName, imageName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcessName() {
		return processName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessName(String newProcessName) {
		String oldProcessName = processName;
		processName = newProcessName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__PROCESS_NAME, oldProcessName, processName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBugcheckStr() {
		return bugcheckStr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBugcheckStr(String newBugcheckStr) {
		String oldBugcheckStr = bugcheckStr;
		bugcheckStr = newBugcheckStr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP__BUGCHECK_STR, oldBugcheckStr, bugcheckStr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DumpThread> getThreads() {
		if (threads == null) {
			threads = new EObjectContainmentEList<DumpThread>(DumpThread.class, this, TriagePackage.DUMP__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<org.kbtriage.model.Module> getModules() {
		if (modules == null) {
			modules = new EObjectContainmentEList<org.kbtriage.model.Module>(org.kbtriage.model.Module.class, this, TriagePackage.DUMP__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParseProblem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<ParseProblem>(ParseProblem.class, this, TriagePackage.DUMP__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.DUMP__EXCEPTION:
				return basicSetException(null, msgs);
			case TriagePackage.DUMP__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case TriagePackage.DUMP__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
			case TriagePackage.DUMP__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.DUMP__SOURCE_FILE:
				return getSourceFile();
			case TriagePackage.DUMP__CHARSET:
				return getCharset();
			case TriagePackage.DUMP__SIZE_BYTES:
				return getSizeBytes();
			case TriagePackage.DUMP__LINE_COUNT:
				return getLineCount();
			case TriagePackage.DUMP__LAYOUTS:
				return getLayouts();
			case TriagePackage.DUMP__EXCEPTION:
				return getException();
			case TriagePackage.DUMP__FAILURE_BUCKET_ID:
				return getFailureBucketId();
			case TriagePackage.DUMP__ANALYZE_MODULE_NAME:
				return getAnalyzeModuleName();
			case TriagePackage.DUMP__IMAGE_NAME:
				return getImageName();
			case TriagePackage.DUMP__PROCESS_NAME:
				return getProcessName();
			case TriagePackage.DUMP__BUGCHECK_STR:
				return getBugcheckStr();
			case TriagePackage.DUMP__THREADS:
				return getThreads();
			case TriagePackage.DUMP__MODULES:
				return getModules();
			case TriagePackage.DUMP__PROBLEMS:
				return getProblems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TriagePackage.DUMP__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case TriagePackage.DUMP__CHARSET:
				setCharset((String)newValue);
				return;
			case TriagePackage.DUMP__SIZE_BYTES:
				setSizeBytes((Long)newValue);
				return;
			case TriagePackage.DUMP__LINE_COUNT:
				setLineCount((Integer)newValue);
				return;
			case TriagePackage.DUMP__LAYOUTS:
				getLayouts().clear();
				getLayouts().addAll((Collection<? extends DumpLayout>)newValue);
				return;
			case TriagePackage.DUMP__EXCEPTION:
				setException((ExceptionRecord)newValue);
				return;
			case TriagePackage.DUMP__FAILURE_BUCKET_ID:
				setFailureBucketId((String)newValue);
				return;
			case TriagePackage.DUMP__ANALYZE_MODULE_NAME:
				setAnalyzeModuleName((String)newValue);
				return;
			case TriagePackage.DUMP__IMAGE_NAME:
				setImageName((String)newValue);
				return;
			case TriagePackage.DUMP__PROCESS_NAME:
				setProcessName((String)newValue);
				return;
			case TriagePackage.DUMP__BUGCHECK_STR:
				setBugcheckStr((String)newValue);
				return;
			case TriagePackage.DUMP__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends DumpThread>)newValue);
				return;
			case TriagePackage.DUMP__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends org.kbtriage.model.Module>)newValue);
				return;
			case TriagePackage.DUMP__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends ParseProblem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TriagePackage.DUMP__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case TriagePackage.DUMP__CHARSET:
				setCharset(CHARSET_EDEFAULT);
				return;
			case TriagePackage.DUMP__SIZE_BYTES:
				setSizeBytes(SIZE_BYTES_EDEFAULT);
				return;
			case TriagePackage.DUMP__LINE_COUNT:
				setLineCount(LINE_COUNT_EDEFAULT);
				return;
			case TriagePackage.DUMP__LAYOUTS:
				getLayouts().clear();
				return;
			case TriagePackage.DUMP__EXCEPTION:
				setException((ExceptionRecord)null);
				return;
			case TriagePackage.DUMP__FAILURE_BUCKET_ID:
				setFailureBucketId(FAILURE_BUCKET_ID_EDEFAULT);
				return;
			case TriagePackage.DUMP__ANALYZE_MODULE_NAME:
				setAnalyzeModuleName(ANALYZE_MODULE_NAME_EDEFAULT);
				return;
			case TriagePackage.DUMP__IMAGE_NAME:
				setImageName(IMAGE_NAME_EDEFAULT);
				return;
			case TriagePackage.DUMP__PROCESS_NAME:
				setProcessName(PROCESS_NAME_EDEFAULT);
				return;
			case TriagePackage.DUMP__BUGCHECK_STR:
				setBugcheckStr(BUGCHECK_STR_EDEFAULT);
				return;
			case TriagePackage.DUMP__THREADS:
				getThreads().clear();
				return;
			case TriagePackage.DUMP__MODULES:
				getModules().clear();
				return;
			case TriagePackage.DUMP__PROBLEMS:
				getProblems().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TriagePackage.DUMP__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case TriagePackage.DUMP__CHARSET:
				return CHARSET_EDEFAULT == null ? charset != null : !CHARSET_EDEFAULT.equals(charset);
			case TriagePackage.DUMP__SIZE_BYTES:
				return sizeBytes != SIZE_BYTES_EDEFAULT;
			case TriagePackage.DUMP__LINE_COUNT:
				return lineCount != LINE_COUNT_EDEFAULT;
			case TriagePackage.DUMP__LAYOUTS:
				return layouts != null && !layouts.isEmpty();
			case TriagePackage.DUMP__EXCEPTION:
				return exception != null;
			case TriagePackage.DUMP__FAILURE_BUCKET_ID:
				return FAILURE_BUCKET_ID_EDEFAULT == null ? failureBucketId != null : !FAILURE_BUCKET_ID_EDEFAULT.equals(failureBucketId);
			case TriagePackage.DUMP__ANALYZE_MODULE_NAME:
				return ANALYZE_MODULE_NAME_EDEFAULT == null ? analyzeModuleName != null : !ANALYZE_MODULE_NAME_EDEFAULT.equals(analyzeModuleName);
			case TriagePackage.DUMP__IMAGE_NAME:
				return IMAGE_NAME_EDEFAULT == null ? imageName != null : !IMAGE_NAME_EDEFAULT.equals(imageName);
			case TriagePackage.DUMP__PROCESS_NAME:
				return PROCESS_NAME_EDEFAULT == null ? processName != null : !PROCESS_NAME_EDEFAULT.equals(processName);
			case TriagePackage.DUMP__BUGCHECK_STR:
				return BUGCHECK_STR_EDEFAULT == null ? bugcheckStr != null : !BUGCHECK_STR_EDEFAULT.equals(bugcheckStr);
			case TriagePackage.DUMP__THREADS:
				return threads != null && !threads.isEmpty();
			case TriagePackage.DUMP__MODULES:
				return modules != null && !modules.isEmpty();
			case TriagePackage.DUMP__PROBLEMS:
				return problems != null && !problems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sourceFile: ");
		result.append(sourceFile);
		result.append(", charset: ");
		result.append(charset);
		result.append(", sizeBytes: ");
		result.append(sizeBytes);
		result.append(", lineCount: ");
		result.append(lineCount);
		result.append(", layouts: ");
		result.append(layouts);
		result.append(", failureBucketId: ");
		result.append(failureBucketId);
		result.append(", analyzeModuleName: ");
		result.append(analyzeModuleName);
		result.append(", imageName: ");
		result.append(imageName);
		result.append(", processName: ");
		result.append(processName);
		result.append(", bugcheckStr: ");
		result.append(bugcheckStr);
		result.append(')');
		return result.toString();
	}

} //DumpImpl
