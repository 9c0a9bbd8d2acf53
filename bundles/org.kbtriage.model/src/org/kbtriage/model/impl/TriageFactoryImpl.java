/**
 */
package org.kbtriage.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.kbtriage.model.Applicability;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.Severity;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriagePackage;
import org.kbtriage.model.TriageSession;

import org.kbtriage.model.values.AddressColumns;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TriageFactoryImpl extends EFactoryImpl implements TriageFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TriageFactory init() {
		try {
			TriageFactory theTriageFactory = (TriageFactory)EPackage.Registry.INSTANCE.getEFactory(TriagePackage.eNS_URI);
			if (theTriageFactory != null) {
				return theTriageFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TriageFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TriageFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TriagePackage.TRIAGE_SESSION: return createTriageSession();
			case TriagePackage.DUMP: return createDump();
			case TriagePackage.EXCEPTION_RECORD: return createExceptionRecord();
			case TriagePackage.DUMP_THREAD: return createDumpThread();
			case TriagePackage.STACK_FRAME: return createStackFrame();
			case TriagePackage.MODULE: return createModule();
			case TriagePackage.PARSE_PROBLEM: return createParseProblem();
			case TriagePackage.ARTICLE_SECTION: return createArticleSection();
			case TriagePackage.FIXED_FILE: return createFixedFile();
			case TriagePackage.KB_ARTICLE: return createKbArticle();
			case TriagePackage.MATCH: return createMatch();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TriagePackage.DUMP_LAYOUT:
				return createDumpLayoutFromString(eDataType, initialValue);
			case TriagePackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case TriagePackage.APPLICABILITY:
				return createApplicabilityFromString(eDataType, initialValue);
			case TriagePackage.ADDRESS_COLUMNS:
				return createAddressColumnsFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TriagePackage.DUMP_LAYOUT:
				return convertDumpLayoutToString(eDataType, instanceValue);
			case TriagePackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case TriagePackage.APPLICABILITY:
				return convertApplicabilityToString(eDataType, instanceValue);
			case TriagePackage.ADDRESS_COLUMNS:
				return convertAddressColumnsToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TriageSession createTriageSession() {
		TriageSessionImpl triageSession = new TriageSessionImpl();
		return triageSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dump createDump() {
		DumpImpl dump = new DumpImpl();
		return dump;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExceptionRecord createExceptionRecord() {
		ExceptionRecordImpl exceptionRecord = new ExceptionRecordImpl();
		return exceptionRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DumpThread createDumpThread() {
		DumpThreadImpl dumpThread = new DumpThreadImpl();
		return dumpThread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StackFrame createStackFrame() {
		StackFrameImpl stackFrame = new StackFrameImpl();
		return stackFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.kbtriage.model.Module createModule() {
		ModuleImpl module = new ModuleImpl();
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParseProblem createParseProblem() {
		ParseProblemImpl parseProblem = new ParseProblemImpl();
		return parseProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleSection createArticleSection() {
		ArticleSectionImpl articleSection = new ArticleSectionImpl();
		return articleSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedFile createFixedFile() {
		FixedFileImpl fixedFile = new FixedFileImpl();
		return fixedFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KbArticle createKbArticle() {
		KbArticleImpl kbArticle = new KbArticleImpl();
		return kbArticle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Match createMatch() {
		MatchImpl match = new MatchImpl();
		return match;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DumpLayout createDumpLayoutFromString(EDataType eDataType, String initialValue) {
		DumpLayout result = DumpLayout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDumpLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Applicability createApplicabilityFromString(EDataType eDataType, String initialValue) {
		Applicability result = Applicability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApplicabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AddressColumns createAddressColumnsFromString(EDataType eDataType, String initialValue) {
		return (AddressColumns)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressColumnsToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TriagePackage getTriagePackage() {
		return (TriagePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TriagePackage getPackage() {
		return TriagePackage.eINSTANCE;
	}

} //TriageFactoryImpl
