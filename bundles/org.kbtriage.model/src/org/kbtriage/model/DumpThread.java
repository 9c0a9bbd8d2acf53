/**
 */
package org.kbtriage.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dump Thread</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.DumpThread#getId <em>Id</em>}</li>
 *   <li>{@link org.kbtriage.model.DumpThread#getSystemId <em>System Id</em>}</li>
 *   <li>{@link org.kbtriage.model.DumpThread#isCrashing <em>Crashing</em>}</li>
 *   <li>{@link org.kbtriage.model.DumpThread#getCrashingReason <em>Crashing Reason</em>}</li>
 *   <li>{@link org.kbtriage.model.DumpThread#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getDumpThread()
 * @model
 * @generated
 */
public interface DumpThread extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kbtriage.model.TriagePackage#getDumpThread_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.DumpThread#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>System Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Id</em>' attribute.
	 * @see #setSystemId(String)
	 * @see org.kbtriage.model.TriagePackage#getDumpThread_SystemId()
	 * @model
	 * @generated
	 */
	String getSystemId();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.DumpThread#getSystemId <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Id</em>' attribute.
	 * @see #getSystemId()
	 * @generated
	 */
	void setSystemId(String value);

	/**
	 * Returns the value of the '<em><b>Crashing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Crashing</em>' attribute.
	 * @see #setCrashing(boolean)
	 * @see org.kbtriage.model.TriagePackage#getDumpThread_Crashing()
	 * @model
	 * @generated
	 */
	boolean isCrashing();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.DumpThread#isCrashing <em>Crashing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crashing</em>' attribute.
	 * @see #isCrashing()
	 * @generated
	 */
	void setCrashing(boolean value);

	/**
	 * Returns the value of the '<em><b>Crashing Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Crashing Reason</em>' attribute.
	 * @see #setCrashingReason(String)
	 * @see org.kbtriage.model.TriagePackage#getDumpThread_CrashingReason()
	 * @model
	 * @generated
	 */
	String getCrashingReason();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.DumpThread#getCrashingReason <em>Crashing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crashing Reason</em>' attribute.
	 * @see #getCrashingReason()
	 * @generated
	 */
	void setCrashingReason(String value);

	/**
	 * Returns the value of the '<em><b>Frames</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.StackFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frames</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getDumpThread_Frames()
	 * @model containment="true"
	 * @generated
	 */
	EList<StackFrame> getFrames();

} // DumpThread
