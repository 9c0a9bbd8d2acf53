/**
 */
package org.kbtriage.model;

import org.eclipse.emf.ecore.EObject;

import org.kbtriage.model.values.AddressColumns;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stack Frame</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.StackFrame#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getModule <em>Module</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getInstructionAddress <em>Instruction Address</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#isInline <em>Inline</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getLine <em>Line</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getStartOffset <em>Start Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getEndOffset <em>End Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.StackFrame#getKey <em>Key</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getStackFrame()
 * @model
 * @generated
 */
public interface StackFrame extends EObject {
	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Ordinal()
	 * @model
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Module</em>' attribute.
	 * @see #setModule(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Module()
	 * @model
	 * @generated
	 */
	String getModule();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getModule <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module</em>' attribute.
	 * @see #getModule()
	 * @generated
	 */
	void setModule(String value);

	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Offset()
	 * @model
	 * @generated
	 */
	String getOffset();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(String value);

	/**
	 * Returns the value of the '<em><b>Instruction Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruction Address</em>' attribute.
	 * @see #setInstructionAddress(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_InstructionAddress()
	 * @model
	 * @generated
	 */
	String getInstructionAddress();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getInstructionAddress <em>Instruction Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instruction Address</em>' attribute.
	 * @see #getInstructionAddress()
	 * @generated
	 */
	void setInstructionAddress(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute.
	 * @see #setAddresses(AddressColumns)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Addresses()
	 * @model dataType="org.kbtriage.model.AddressColumns"
	 * @generated
	 */
	AddressColumns getAddresses();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getAddresses <em>Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addresses</em>' attribute.
	 * @see #getAddresses()
	 * @generated
	 */
	void setAddresses(AddressColumns value);

	/**
	 * Returns the value of the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inline</em>' attribute.
	 * @see #setInline(boolean)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Inline()
	 * @model
	 * @generated
	 */
	boolean isInline();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#isInline <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inline</em>' attribute.
	 * @see #isInline()
	 * @generated
	 */
	void setInline(boolean value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Start Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Offset</em>' attribute.
	 * @see #setStartOffset(long)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_StartOffset()
	 * @model
	 * @generated
	 */
	long getStartOffset();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getStartOffset <em>Start Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Offset</em>' attribute.
	 * @see #getStartOffset()
	 * @generated
	 */
	void setStartOffset(long value);

	/**
	 * Returns the value of the '<em><b>End Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Offset</em>' attribute.
	 * @see #setEndOffset(long)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_EndOffset()
	 * @model
	 * @generated
	 */
	long getEndOffset();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getEndOffset <em>End Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Offset</em>' attribute.
	 * @see #getEndOffset()
	 * @generated
	 */
	void setEndOffset(long value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.kbtriage.model.TriagePackage#getStackFrame_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.StackFrame#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

} // StackFrame
