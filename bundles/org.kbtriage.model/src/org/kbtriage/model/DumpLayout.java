/**
 */
package org.kbtriage.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dump Layout</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.kbtriage.model.TriagePackage#getDumpLayout()
 * @model
 * @generated
 */
public enum DumpLayout implements Enumerator {
	/**
	 * The '<em><b>WINDBG X86</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDBG_X86_VALUE
	 * @generated
	 * @ordered
	 */
	WINDBG_X86(0, "WINDBG_X86", "WINDBG_X86"),

	/**
	 * The '<em><b>WINDBG X64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDBG_X64_VALUE
	 * @generated
	 * @ordered
	 */
	WINDBG_X64(1, "WINDBG_X64", "WINDBG_X64"),

	/**
	 * The '<em><b>THREAD LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	THREAD_LIST(2, "THREAD_LIST", "THREAD_LIST"),

	/**
	 * The '<em><b>ANALYZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYZE_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYZE(3, "ANALYZE", "ANALYZE"),

	/**
	 * The '<em><b>DR WATSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DR_WATSON_VALUE
	 * @generated
	 * @ordered
	 */
	DR_WATSON(4, "DR_WATSON", "DR_WATSON"),

	/**
	 * The '<em><b>MODULE LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULE_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	MODULE_LIST(5, "MODULE_LIST", "MODULE_LIST"),

	/**
	 * The '<em><b>KERNEL DEBUGGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNEL_DEBUGGER_VALUE
	 * @generated
	 * @ordered
	 */
	KERNEL_DEBUGGER(6, "KERNEL_DEBUGGER", "KERNEL_DEBUGGER"),

	/**
	 * The '<em><b>KB TABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KB_TABLE_VALUE
	 * @generated
	 * @ordered
	 */
	KB_TABLE(7, "KB_TABLE", "KB_TABLE"),

	/**
	 * The '<em><b>SYMBOL LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYMBOL_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	SYMBOL_LIST(8, "SYMBOL_LIST", "SYMBOL_LIST"),

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(9, "UNKNOWN", "UNKNOWN");

	/**
	 * The '<em><b>WINDBG X86</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDBG_X86
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WINDBG_X86_VALUE = 0;

	/**
	 * The '<em><b>WINDBG X64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDBG_X64
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WINDBG_X64_VALUE = 1;

	/**
	 * The '<em><b>THREAD LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THREAD_LIST_VALUE = 2;

	/**
	 * The '<em><b>ANALYZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYZE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYZE_VALUE = 3;

	/**
	 * The '<em><b>DR WATSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DR_WATSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DR_WATSON_VALUE = 4;

	/**
	 * The '<em><b>MODULE LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULE_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODULE_LIST_VALUE = 5;

	/**
	 * The '<em><b>KERNEL DEBUGGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNEL_DEBUGGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KERNEL_DEBUGGER_VALUE = 6;

	/**
	 * The '<em><b>KB TABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KB_TABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KB_TABLE_VALUE = 7;

	/**
	 * The '<em><b>SYMBOL LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYMBOL_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYMBOL_LIST_VALUE = 8;

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 9;

	/**
	 * An array of all the '<em><b>Dump Layout</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DumpLayout[] VALUES_ARRAY =
		new DumpLayout[] {
			WINDBG_X86,
			WINDBG_X64,
			THREAD_LIST,
			ANALYZE,
			DR_WATSON,
			MODULE_LIST,
			KERNEL_DEBUGGER,
			KB_TABLE,
			SYMBOL_LIST,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Dump Layout</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DumpLayout> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dump Layout</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DumpLayout get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DumpLayout result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dump Layout</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DumpLayout getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DumpLayout result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dump Layout</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DumpLayout get(int value) {
		switch (value) {
			case WINDBG_X86_VALUE: return WINDBG_X86;
			case WINDBG_X64_VALUE: return WINDBG_X64;
			case THREAD_LIST_VALUE: return THREAD_LIST;
			case ANALYZE_VALUE: return ANALYZE;
			case DR_WATSON_VALUE: return DR_WATSON;
			case MODULE_LIST_VALUE: return MODULE_LIST;
			case KERNEL_DEBUGGER_VALUE: return KERNEL_DEBUGGER;
			case KB_TABLE_VALUE: return KB_TABLE;
			case SYMBOL_LIST_VALUE: return SYMBOL_LIST;
			case UNKNOWN_VALUE: return UNKNOWN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DumpLayout(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DumpLayout
