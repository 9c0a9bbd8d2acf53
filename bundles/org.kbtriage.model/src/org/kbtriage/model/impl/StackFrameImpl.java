/**
 */
package org.kbtriage.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriagePackage;

import org.kbtriage.model.values.AddressColumns;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stack Frame</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getModule <em>Module</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getInstructionAddress <em>Instruction Address</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#isInline <em>Inline</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getStartOffset <em>Start Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getEndOffset <em>End Offset</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.StackFrameImpl#getKey <em>Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StackFrameImpl extends MinimalEObjectImpl.Container implements StackFrame {
	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected static final String MODULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected String module = MODULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected String symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected String offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructionAddress() <em>Instruction Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructionAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTION_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructionAddress() <em>Instruction Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructionAddress()
	 * @generated
	 * @ordered
	 */
	protected String instructionAddress = INSTRUCTION_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddresses() <em>Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected static final AddressColumns ADDRESSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected AddressColumns addresses = ADDRESSES_EDEFAULT;

	/**
	 * The default value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INLINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected boolean inline = INLINE_EDEFAULT;

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
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartOffset() <em>Start Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long START_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartOffset() <em>Start Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOffset()
	 * @generated
	 * @ordered
	 */
	protected long startOffset = START_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOffset() <em>End Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long END_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndOffset() <em>End Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOffset()
	 * @generated
	 * @ordered
	 */
	protected long endOffset = END_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StackFrameImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.STACK_FRAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModule() {
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModule(String newModule) {
		String oldModule = module;
		module = newModule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__MODULE, oldModule, module));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(String newSymbol) {
		String oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(String newOffset) {
		String oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructionAddress() {
		return instructionAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructionAddress(String newInstructionAddress) {
		String oldInstructionAddress = instructionAddress;
		instructionAddress = newInstructionAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__INSTRUCTION_ADDRESS, oldInstructionAddress, instructionAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddressColumns getAddresses() {
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddresses(AddressColumns newAddresses) {
		AddressColumns oldAddresses = addresses;
		addresses = newAddresses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__ADDRESSES, oldAddresses, addresses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInline() {
		return inline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInline(boolean newInline) {
		boolean oldInline = inline;
		inline = newInline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__INLINE, oldInline, inline));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartOffset() {
		return startOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartOffset(long newStartOffset) {
		long oldStartOffset = startOffset;
		startOffset = newStartOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__START_OFFSET, oldStartOffset, startOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndOffset() {
		return endOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOffset(long newEndOffset) {
		long oldEndOffset = endOffset;
		endOffset = newEndOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__END_OFFSET, oldEndOffset, endOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.STACK_FRAME__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.STACK_FRAME__ORDINAL:
				return getOrdinal();
			case TriagePackage.STACK_FRAME__MODULE:
				return getModule();
			case TriagePackage.STACK_FRAME__SYMBOL:
				return getSymbol();
			case TriagePackage.STACK_FRAME__OFFSET:
				return getOffset();
			case TriagePackage.STACK_FRAME__INSTRUCTION_ADDRESS:
				return getInstructionAddress();
			case TriagePackage.STACK_FRAME__ADDRESSES:
				return getAddresses();
			case TriagePackage.STACK_FRAME__INLINE:
				return isInline();
			case TriagePackage.STACK_FRAME__SOURCE_FILE:
				return getSourceFile();
			case TriagePackage.STACK_FRAME__SOURCE_LINE:
				return getSourceLine();
			case TriagePackage.STACK_FRAME__LINE:
				return getLine();
			case TriagePackage.STACK_FRAME__START_OFFSET:
				return getStartOffset();
			case TriagePackage.STACK_FRAME__END_OFFSET:
				return getEndOffset();
			case TriagePackage.STACK_FRAME__KEY:
				return getKey();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TriagePackage.STACK_FRAME__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case TriagePackage.STACK_FRAME__MODULE:
				setModule((String)newValue);
				return;
			case TriagePackage.STACK_FRAME__SYMBOL:
				setSymbol((String)newValue);
				return;
			case TriagePackage.STACK_FRAME__OFFSET:
				setOffset((String)newValue);
				return;
			case TriagePackage.STACK_FRAME__INSTRUCTION_ADDRESS:
				setInstructionAddress((String)newValue);
				return;
			case TriagePackage.STACK_FRAME__ADDRESSES:
				setAddresses((AddressColumns)newValue);
				return;
			case TriagePackage.STACK_FRAME__INLINE:
				setInline((Boolean)newValue);
				return;
			case TriagePackage.STACK_FRAME__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case TriagePackage.STACK_FRAME__SOURCE_LINE:
				setSourceLine((Integer)newValue);
				return;
			case TriagePackage.STACK_FRAME__LINE:
				setLine((Integer)newValue);
				return;
			case TriagePackage.STACK_FRAME__START_OFFSET:
				setStartOffset((Long)newValue);
				return;
			case TriagePackage.STACK_FRAME__END_OFFSET:
				setEndOffset((Long)newValue);
				return;
			case TriagePackage.STACK_FRAME__KEY:
				setKey((String)newValue);
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
			case TriagePackage.STACK_FRAME__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__MODULE:
				setModule(MODULE_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__INSTRUCTION_ADDRESS:
				setInstructionAddress(INSTRUCTION_ADDRESS_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__ADDRESSES:
				setAddresses(ADDRESSES_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__INLINE:
				setInline(INLINE_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__START_OFFSET:
				setStartOffset(START_OFFSET_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__END_OFFSET:
				setEndOffset(END_OFFSET_EDEFAULT);
				return;
			case TriagePackage.STACK_FRAME__KEY:
				setKey(KEY_EDEFAULT);
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
			case TriagePackage.STACK_FRAME__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case TriagePackage.STACK_FRAME__MODULE:
				return MODULE_EDEFAULT == null ? module != null : !MODULE_EDEFAULT.equals(module);
			case TriagePackage.STACK_FRAME__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case TriagePackage.STACK_FRAME__OFFSET:
				return OFFSET_EDEFAULT == null ? offset != null : !OFFSET_EDEFAULT.equals(offset);
			case TriagePackage.STACK_FRAME__INSTRUCTION_ADDRESS:
				return INSTRUCTION_ADDRESS_EDEFAULT == null ? instructionAddress != null : !INSTRUCTION_ADDRESS_EDEFAULT.equals(instructionAddress);
			case TriagePackage.STACK_FRAME__ADDRESSES:
				return ADDRESSES_EDEFAULT == null ? addresses != null : !ADDRESSES_EDEFAULT.equals(addresses);
			case TriagePackage.STACK_FRAME__INLINE:
				return inline != INLINE_EDEFAULT;
			case TriagePackage.STACK_FRAME__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case TriagePackage.STACK_FRAME__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
			case TriagePackage.STACK_FRAME__LINE:
				return line != LINE_EDEFAULT;
			case TriagePackage.STACK_FRAME__START_OFFSET:
				return startOffset != START_OFFSET_EDEFAULT;
			case TriagePackage.STACK_FRAME__END_OFFSET:
				return endOffset != END_OFFSET_EDEFAULT;
			case TriagePackage.STACK_FRAME__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
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
		result.append(" (ordinal: ");
		result.append(ordinal);
		result.append(", module: ");
		result.append(module);
		result.append(", symbol: ");
		result.append(symbol);
		result.append(", offset: ");
		result.append(offset);
		result.append(", instructionAddress: ");
		result.append(instructionAddress);
		result.append(", addresses: ");
		result.append(addresses);
		result.append(", inline: ");
		result.append(inline);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(", line: ");
		result.append(line);
		result.append(", startOffset: ");
		result.append(startOffset);
		result.append(", endOffset: ");
		result.append(endOffset);
		result.append(", key: ");
		result.append(key);
		result.append(')');
		return result.toString();
	}

} //StackFrameImpl
