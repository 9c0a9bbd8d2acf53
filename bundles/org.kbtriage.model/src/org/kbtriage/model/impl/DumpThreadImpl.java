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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dump Thread</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.DumpThreadImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpThreadImpl#getSystemId <em>System Id</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpThreadImpl#isCrashing <em>Crashing</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpThreadImpl#getCrashingReason <em>Crashing Reason</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.DumpThreadImpl#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DumpThreadImpl extends MinimalEObjectImpl.Container implements DumpThread {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemId() <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemId()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemId() <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemId()
	 * @generated
	 * @ordered
	 */
	protected String systemId = SYSTEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isCrashing() <em>Crashing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrashing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRASHING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCrashing() <em>Crashing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrashing()
	 * @generated
	 * @ordered
	 */
	protected boolean crashing = CRASHING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrashingReason() <em>Crashing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashingReason()
	 * @generated
	 * @ordered
	 */
	protected static final String CRASHING_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrashingReason() <em>Crashing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashingReason()
	 * @generated
	 * @ordered
	 */
	protected String crashingReason = CRASHING_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrames() <em>Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<StackFrame> frames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DumpThreadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.DUMP_THREAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP_THREAD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemId() {
		return systemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemId(String newSystemId) {
		String oldSystemId = systemId;
		systemId = newSystemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP_THREAD__SYSTEM_ID, oldSystemId, systemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCrashing() {
		return crashing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrashing(boolean newCrashing) {
		boolean oldCrashing = crashing;
		crashing = newCrashing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP_THREAD__CRASHING, oldCrashing, crashing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrashingReason() {
		return crashingReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrashingReason(String newCrashingReason) {
		String oldCrashingReason = crashingReason;
		crashingReason = newCrashingReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.DUMP_THREAD__CRASHING_REASON, oldCrashingReason, crashingReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackFrame> getFrames() {
		if (frames == null) {
			frames = new EObjectContainmentEList<StackFrame>(StackFrame.class, this, TriagePackage.DUMP_THREAD__FRAMES);
		}
		return frames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.DUMP_THREAD__FRAMES:
				return ((InternalEList<?>)getFrames()).basicRemove(otherEnd, msgs);
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
			case TriagePackage.DUMP_THREAD__ID:
				return getId();
			case TriagePackage.DUMP_THREAD__SYSTEM_ID:
				return getSystemId();
			case TriagePackage.DUMP_THREAD__CRASHING:
				return isCrashing();
			case TriagePackage.DUMP_THREAD__CRASHING_REASON:
				return getCrashingReason();
			case TriagePackage.DUMP_THREAD__FRAMES:
				return getFrames();
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
			case TriagePackage.DUMP_THREAD__ID:
				setId((String)newValue);
				return;
			case TriagePackage.DUMP_THREAD__SYSTEM_ID:
				setSystemId((String)newValue);
				return;
			case TriagePackage.DUMP_THREAD__CRASHING:
				setCrashing((Boolean)newValue);
				return;
			case TriagePackage.DUMP_THREAD__CRASHING_REASON:
				setCrashingReason((String)newValue);
				return;
			case TriagePackage.DUMP_THREAD__FRAMES:
				getFrames().clear();
				getFrames().addAll((Collection<? extends StackFrame>)newValue);
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
			case TriagePackage.DUMP_THREAD__ID:
				setId(ID_EDEFAULT);
				return;
			case TriagePackage.DUMP_THREAD__SYSTEM_ID:
				setSystemId(SYSTEM_ID_EDEFAULT);
				return;
			case TriagePackage.DUMP_THREAD__CRASHING:
				setCrashing(CRASHING_EDEFAULT);
				return;
			case TriagePackage.DUMP_THREAD__CRASHING_REASON:
				setCrashingReason(CRASHING_REASON_EDEFAULT);
				return;
			case TriagePackage.DUMP_THREAD__FRAMES:
				getFrames().clear();
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
			case TriagePackage.DUMP_THREAD__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TriagePackage.DUMP_THREAD__SYSTEM_ID:
				return SYSTEM_ID_EDEFAULT == null ? systemId != null : !SYSTEM_ID_EDEFAULT.equals(systemId);
			case TriagePackage.DUMP_THREAD__CRASHING:
				return crashing != CRASHING_EDEFAULT;
			case TriagePackage.DUMP_THREAD__CRASHING_REASON:
				return CRASHING_REASON_EDEFAULT == null ? crashingReason != null : !CRASHING_REASON_EDEFAULT.equals(crashingReason);
			case TriagePackage.DUMP_THREAD__FRAMES:
				return frames != null && !frames.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", systemId: ");
		result.append(systemId);
		result.append(", crashing: ");
		result.append(crashing);
		result.append(", crashingReason: ");
		result.append(crashingReason);
		result.append(')');
		return result.toString();
	}

} //DumpThreadImpl
