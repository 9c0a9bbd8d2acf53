/**
 */
package org.kbtriage.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dump</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.Dump#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getCharset <em>Charset</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getLineCount <em>Line Count</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getLayouts <em>Layouts</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getException <em>Exception</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getFailureBucketId <em>Failure Bucket Id</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getAnalyzeModuleName <em>Analyze Module Name</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getImageName <em>Image Name</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getProcessName <em>Process Name</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getBugcheckStr <em>Bugcheck Str</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getModules <em>Modules</em>}</li>
 *   <li>{@link org.kbtriage.model.Dump#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getDump()
 * @model
 * @generated
 */
public interface Dump extends EObject {
	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Charset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Charset</em>' attribute.
	 * @see #setCharset(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_Charset()
	 * @model
	 * @generated
	 */
	String getCharset();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getCharset <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charset</em>' attribute.
	 * @see #getCharset()
	 * @generated
	 */
	void setCharset(String value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(long)
	 * @see org.kbtriage.model.TriagePackage#getDump_SizeBytes()
	 * @model
	 * @generated
	 */
	long getSizeBytes();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(long value);

	/**
	 * Returns the value of the '<em><b>Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Count</em>' attribute.
	 * @see #setLineCount(int)
	 * @see org.kbtriage.model.TriagePackage#getDump_LineCount()
	 * @model
	 * @generated
	 */
	int getLineCount();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getLineCount <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Count</em>' attribute.
	 * @see #getLineCount()
	 * @generated
	 */
	void setLineCount(int value);

	/**
	 * Returns the value of the '<em><b>Layouts</b></em>' attribute list.
	 * The list contents are of type {@link org.kbtriage.model.DumpLayout}.
	 * The literals are from the enumeration {@link org.kbtriage.model.DumpLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layouts</em>' attribute list.
	 * @see org.kbtriage.model.DumpLayout
	 * @see org.kbtriage.model.TriagePackage#getDump_Layouts()
	 * @model
	 * @generated
	 */
	EList<DumpLayout> getLayouts();

	/**
	 * Returns the value of the '<em><b>Exception</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exception</em>' containment reference.
	 * @see #setException(ExceptionRecord)
	 * @see org.kbtriage.model.TriagePackage#getDump_Exception()
	 * @model containment="true"
	 * @generated
	 */
	ExceptionRecord getException();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getException <em>Exception</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exception</em>' containment reference.
	 * @see #getException()
	 * @generated
	 */
	void setException(ExceptionRecord value);

	/**
	 * Returns the value of the '<em><b>Failure Bucket Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Bucket Id</em>' attribute.
	 * @see #setFailureBucketId(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_FailureBucketId()
	 * @model
	 * @generated
	 */
	String getFailureBucketId();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getFailureBucketId <em>Failure Bucket Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Bucket Id</em>' attribute.
	 * @see #getFailureBucketId()
	 * @generated
	 */
	void setFailureBucketId(String value);

	/**
	 * Returns the value of the '<em><b>Analyze Module Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyze Module Name</em>' attribute.
	 * @see #setAnalyzeModuleName(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_AnalyzeModuleName()
	 * @model
	 * @generated
	 */
	String getAnalyzeModuleName();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getAnalyzeModuleName <em>Analyze Module Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analyze Module Name</em>' attribute.
	 * @see #getAnalyzeModuleName()
	 * @generated
	 */
	void setAnalyzeModuleName(String value);

	/**
	 * Returns the value of the '<em><b>Image Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Name</em>' attribute.
	 * @see #setImageName(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_ImageName()
	 * @model
	 * @generated
	 */
	String getImageName();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getImageName <em>Image Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Name</em>' attribute.
	 * @see #getImageName()
	 * @generated
	 */
	void setImageName(String value);

	/**
	 * Returns the value of the '<em><b>Process Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Name</em>' attribute.
	 * @see #setProcessName(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_ProcessName()
	 * @model
	 * @generated
	 */
	String getProcessName();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getProcessName <em>Process Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Name</em>' attribute.
	 * @see #getProcessName()
	 * @generated
	 */
	void setProcessName(String value);

	/**
	 * Returns the value of the '<em><b>Bugcheck Str</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bugcheck Str</em>' attribute.
	 * @see #setBugcheckStr(String)
	 * @see org.kbtriage.model.TriagePackage#getDump_BugcheckStr()
	 * @model
	 * @generated
	 */
	String getBugcheckStr();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Dump#getBugcheckStr <em>Bugcheck Str</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bugcheck Str</em>' attribute.
	 * @see #getBugcheckStr()
	 * @generated
	 */
	void setBugcheckStr(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.DumpThread}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getDump_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<DumpThread> getThreads();

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.Module}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getDump_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<org.kbtriage.model.Module> getModules();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.ParseProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getDump_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParseProblem> getProblems();

} // Dump
