/**
 */
package org.kbtriage.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.kbtriage.model.TriageFactory
 * @model kind="package"
 * @generated
 */
public interface TriagePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://kbtriage.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "triage";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TriagePackage eINSTANCE = org.kbtriage.model.impl.TriagePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.TriageSessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.TriageSessionImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getTriageSession()
	 * @generated
	 */
	int TRIAGE_SESSION = 0;

	/**
	 * The feature id for the '<em><b>Dump</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION__DUMP = 0;

	/**
	 * The feature id for the '<em><b>Matches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION__MATCHES = 1;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION__ARTICLES = 2;

	/**
	 * The feature id for the '<em><b>Index Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION__INDEX_DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION__CREATED = 4;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAGE_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.DumpImpl <em>Dump</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.DumpImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getDump()
	 * @generated
	 */
	int DUMP = 1;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__SOURCE_FILE = 0;

	/**
	 * The feature id for the '<em><b>Charset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__CHARSET = 1;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__SIZE_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__LINE_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Layouts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__LAYOUTS = 4;

	/**
	 * The feature id for the '<em><b>Exception</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__EXCEPTION = 5;

	/**
	 * The feature id for the '<em><b>Failure Bucket Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__FAILURE_BUCKET_ID = 6;

	/**
	 * The feature id for the '<em><b>Analyze Module Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__ANALYZE_MODULE_NAME = 7;

	/**
	 * The feature id for the '<em><b>Image Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__IMAGE_NAME = 8;

	/**
	 * The feature id for the '<em><b>Process Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__PROCESS_NAME = 9;

	/**
	 * The feature id for the '<em><b>Bugcheck Str</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__BUGCHECK_STR = 10;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__THREADS = 11;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__MODULES = 12;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP__PROBLEMS = 13;

	/**
	 * The number of structural features of the '<em>Dump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Dump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.ExceptionRecordImpl <em>Exception Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.ExceptionRecordImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getExceptionRecord()
	 * @generated
	 */
	int EXCEPTION_RECORD = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD__CODE = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD__MODULE = 3;

	/**
	 * The number of structural features of the '<em>Exception Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Exception Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.DumpThreadImpl <em>Dump Thread</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.DumpThreadImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getDumpThread()
	 * @generated
	 */
	int DUMP_THREAD = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD__ID = 0;

	/**
	 * The feature id for the '<em><b>System Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD__SYSTEM_ID = 1;

	/**
	 * The feature id for the '<em><b>Crashing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD__CRASHING = 2;

	/**
	 * The feature id for the '<em><b>Crashing Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD__CRASHING_REASON = 3;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD__FRAMES = 4;

	/**
	 * The number of structural features of the '<em>Dump Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dump Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUMP_THREAD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.StackFrameImpl <em>Stack Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.StackFrameImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getStackFrame()
	 * @generated
	 */
	int STACK_FRAME = 4;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__ORDINAL = 0;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__MODULE = 1;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__SYMBOL = 2;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__OFFSET = 3;

	/**
	 * The feature id for the '<em><b>Instruction Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__INSTRUCTION_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__ADDRESSES = 5;

	/**
	 * The feature id for the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__INLINE = 6;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__SOURCE_FILE = 7;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__SOURCE_LINE = 8;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__LINE = 9;

	/**
	 * The feature id for the '<em><b>Start Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__START_OFFSET = 10;

	/**
	 * The feature id for the '<em><b>End Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__END_OFFSET = 11;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__KEY = 12;

	/**
	 * The number of structural features of the '<em>Stack Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Stack Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.ModuleImpl <em>Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.ModuleImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getModule()
	 * @generated
	 */
	int MODULE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Image Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__IMAGE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__IMAGE_PATH = 2;

	/**
	 * The feature id for the '<em><b>Start Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__START_ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>End Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__END_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>File Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__FILE_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Product Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__PRODUCT_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__TIMESTAMP = 7;

	/**
	 * The number of structural features of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.ParseProblemImpl <em>Parse Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.ParseProblemImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getParseProblem()
	 * @generated
	 */
	int PARSE_PROBLEM = 6;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARSE_PROBLEM__LINE = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARSE_PROBLEM__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARSE_PROBLEM__SEVERITY = 2;

	/**
	 * The number of structural features of the '<em>Parse Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARSE_PROBLEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Parse Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARSE_PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.ArticleSectionImpl <em>Article Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.ArticleSectionImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getArticleSection()
	 * @generated
	 */
	int ARTICLE_SECTION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_SECTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_SECTION__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Article Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_SECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Article Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.FixedFileImpl <em>Fixed File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.FixedFileImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getFixedFile()
	 * @generated
	 */
	int FIXED_FILE = 8;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE__FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE__PLATFORM = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE__DATE = 3;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE__SIZE = 4;

	/**
	 * The number of structural features of the '<em>Fixed File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Fixed File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.KbArticleImpl <em>Kb Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.KbArticleImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getKbArticle()
	 * @generated
	 */
	int KB_ARTICLE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Last Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__LAST_MODIFIED = 2;

	/**
	 * The feature id for the '<em><b>Additional Query Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__ADDITIONAL_QUERY_WORDS = 3;

	/**
	 * The feature id for the '<em><b>Source Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__SOURCE_PATH = 4;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__PRODUCTS = 5;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__VERSIONS = 6;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__KEYWORDS = 7;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__REFERENCES = 8;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__SECTIONS = 9;

	/**
	 * The feature id for the '<em><b>Fixed Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__FIXED_FILES = 10;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE__FRAMES = 11;

	/**
	 * The number of structural features of the '<em>Kb Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Kb Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KB_ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.impl.MatchImpl <em>Match</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.impl.MatchImpl
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getMatch()
	 * @generated
	 */
	int MATCH = 10;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__ARTICLE = 0;

	/**
	 * The feature id for the '<em><b>Article Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__ARTICLE_ID = 1;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__RANK = 2;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__SCORE = 3;

	/**
	 * The feature id for the '<em><b>Confident</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__CONFIDENT = 4;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__REASON = 5;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__EXPLANATION = 6;

	/**
	 * The feature id for the '<em><b>Matched Frames</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__MATCHED_FRAMES = 7;

	/**
	 * The feature id for the '<em><b>Applicability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__APPLICABILITY = 8;

	/**
	 * The number of structural features of the '<em>Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.DumpLayout <em>Dump Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.DumpLayout
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getDumpLayout()
	 * @generated
	 */
	int DUMP_LAYOUT = 11;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.Severity
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 12;

	/**
	 * The meta object id for the '{@link org.kbtriage.model.Applicability <em>Applicability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.Applicability
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getApplicability()
	 * @generated
	 */
	int APPLICABILITY = 13;

	/**
	 * The meta object id for the '<em>Address Columns</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kbtriage.model.values.AddressColumns
	 * @see org.kbtriage.model.impl.TriagePackageImpl#getAddressColumns()
	 * @generated
	 */
	int ADDRESS_COLUMNS = 14;


	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.TriageSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.kbtriage.model.TriageSession
	 * @generated
	 */
	EClass getTriageSession();

	/**
	 * Returns the meta object for the containment reference '{@link org.kbtriage.model.TriageSession#getDump <em>Dump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dump</em>'.
	 * @see org.kbtriage.model.TriageSession#getDump()
	 * @see #getTriageSession()
	 * @generated
	 */
	EReference getTriageSession_Dump();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.TriageSession#getMatches <em>Matches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Matches</em>'.
	 * @see org.kbtriage.model.TriageSession#getMatches()
	 * @see #getTriageSession()
	 * @generated
	 */
	EReference getTriageSession_Matches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.TriageSession#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.kbtriage.model.TriageSession#getArticles()
	 * @see #getTriageSession()
	 * @generated
	 */
	EReference getTriageSession_Articles();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.TriageSession#getIndexDescription <em>Index Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index Description</em>'.
	 * @see org.kbtriage.model.TriageSession#getIndexDescription()
	 * @see #getTriageSession()
	 * @generated
	 */
	EAttribute getTriageSession_IndexDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.TriageSession#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.kbtriage.model.TriageSession#getCreated()
	 * @see #getTriageSession()
	 * @generated
	 */
	EAttribute getTriageSession_Created();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.Dump <em>Dump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dump</em>'.
	 * @see org.kbtriage.model.Dump
	 * @generated
	 */
	EClass getDump();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.kbtriage.model.Dump#getSourceFile()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getCharset <em>Charset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Charset</em>'.
	 * @see org.kbtriage.model.Dump#getCharset()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_Charset();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.kbtriage.model.Dump#getSizeBytes()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_SizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getLineCount <em>Line Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Count</em>'.
	 * @see org.kbtriage.model.Dump#getLineCount()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_LineCount();

	/**
	 * Returns the meta object for the attribute list '{@link org.kbtriage.model.Dump#getLayouts <em>Layouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Layouts</em>'.
	 * @see org.kbtriage.model.Dump#getLayouts()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_Layouts();

	/**
	 * Returns the meta object for the containment reference '{@link org.kbtriage.model.Dump#getException <em>Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exception</em>'.
	 * @see org.kbtriage.model.Dump#getException()
	 * @see #getDump()
	 * @generated
	 */
	EReference getDump_Exception();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getFailureBucketId <em>Failure Bucket Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Bucket Id</em>'.
	 * @see org.kbtriage.model.Dump#getFailureBucketId()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_FailureBucketId();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getAnalyzeModuleName <em>Analyze Module Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analyze Module Name</em>'.
	 * @see org.kbtriage.model.Dump#getAnalyzeModuleName()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_AnalyzeModuleName();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getImageName <em>Image Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Name</em>'.
	 * @see org.kbtriage.model.Dump#getImageName()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_ImageName();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getProcessName <em>Process Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process Name</em>'.
	 * @see org.kbtriage.model.Dump#getProcessName()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_ProcessName();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Dump#getBugcheckStr <em>Bugcheck Str</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bugcheck Str</em>'.
	 * @see org.kbtriage.model.Dump#getBugcheckStr()
	 * @see #getDump()
	 * @generated
	 */
	EAttribute getDump_BugcheckStr();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.Dump#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.kbtriage.model.Dump#getThreads()
	 * @see #getDump()
	 * @generated
	 */
	EReference getDump_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.Dump#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see org.kbtriage.model.Dump#getModules()
	 * @see #getDump()
	 * @generated
	 */
	EReference getDump_Modules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.Dump#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.kbtriage.model.Dump#getProblems()
	 * @see #getDump()
	 * @generated
	 */
	EReference getDump_Problems();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.ExceptionRecord <em>Exception Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exception Record</em>'.
	 * @see org.kbtriage.model.ExceptionRecord
	 * @generated
	 */
	EClass getExceptionRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ExceptionRecord#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kbtriage.model.ExceptionRecord#getCode()
	 * @see #getExceptionRecord()
	 * @generated
	 */
	EAttribute getExceptionRecord_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ExceptionRecord#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.kbtriage.model.ExceptionRecord#getAddress()
	 * @see #getExceptionRecord()
	 * @generated
	 */
	EAttribute getExceptionRecord_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ExceptionRecord#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kbtriage.model.ExceptionRecord#getDescription()
	 * @see #getExceptionRecord()
	 * @generated
	 */
	EAttribute getExceptionRecord_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ExceptionRecord#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see org.kbtriage.model.ExceptionRecord#getModule()
	 * @see #getExceptionRecord()
	 * @generated
	 */
	EAttribute getExceptionRecord_Module();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.DumpThread <em>Dump Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dump Thread</em>'.
	 * @see org.kbtriage.model.DumpThread
	 * @generated
	 */
	EClass getDumpThread();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.DumpThread#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kbtriage.model.DumpThread#getId()
	 * @see #getDumpThread()
	 * @generated
	 */
	EAttribute getDumpThread_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.DumpThread#getSystemId <em>System Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Id</em>'.
	 * @see org.kbtriage.model.DumpThread#getSystemId()
	 * @see #getDumpThread()
	 * @generated
	 */
	EAttribute getDumpThread_SystemId();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.DumpThread#isCrashing <em>Crashing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crashing</em>'.
	 * @see org.kbtriage.model.DumpThread#isCrashing()
	 * @see #getDumpThread()
	 * @generated
	 */
	EAttribute getDumpThread_Crashing();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.DumpThread#getCrashingReason <em>Crashing Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crashing Reason</em>'.
	 * @see org.kbtriage.model.DumpThread#getCrashingReason()
	 * @see #getDumpThread()
	 * @generated
	 */
	EAttribute getDumpThread_CrashingReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.DumpThread#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frames</em>'.
	 * @see org.kbtriage.model.DumpThread#getFrames()
	 * @see #getDumpThread()
	 * @generated
	 */
	EReference getDumpThread_Frames();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.StackFrame <em>Stack Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack Frame</em>'.
	 * @see org.kbtriage.model.StackFrame
	 * @generated
	 */
	EClass getStackFrame();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.kbtriage.model.StackFrame#getOrdinal()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see org.kbtriage.model.StackFrame#getModule()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Module();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.kbtriage.model.StackFrame#getSymbol()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.kbtriage.model.StackFrame#getOffset()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getInstructionAddress <em>Instruction Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instruction Address</em>'.
	 * @see org.kbtriage.model.StackFrame#getInstructionAddress()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_InstructionAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addresses</em>'.
	 * @see org.kbtriage.model.StackFrame#getAddresses()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#isInline <em>Inline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inline</em>'.
	 * @see org.kbtriage.model.StackFrame#isInline()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Inline();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.kbtriage.model.StackFrame#getSourceFile()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.kbtriage.model.StackFrame#getSourceLine()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_SourceLine();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.kbtriage.model.StackFrame#getLine()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getStartOffset <em>Start Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Offset</em>'.
	 * @see org.kbtriage.model.StackFrame#getStartOffset()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_StartOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getEndOffset <em>End Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Offset</em>'.
	 * @see org.kbtriage.model.StackFrame#getEndOffset()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_EndOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.StackFrame#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.kbtriage.model.StackFrame#getKey()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Key();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.Module <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module</em>'.
	 * @see org.kbtriage.model.Module
	 * @generated
	 */
	EClass getModule();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kbtriage.model.Module#getName()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getImageName <em>Image Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Name</em>'.
	 * @see org.kbtriage.model.Module#getImageName()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_ImageName();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.kbtriage.model.Module#getImagePath()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getStartAddress <em>Start Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Address</em>'.
	 * @see org.kbtriage.model.Module#getStartAddress()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_StartAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getEndAddress <em>End Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Address</em>'.
	 * @see org.kbtriage.model.Module#getEndAddress()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_EndAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getFileVersion <em>File Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Version</em>'.
	 * @see org.kbtriage.model.Module#getFileVersion()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_FileVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getProductVersion <em>Product Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Version</em>'.
	 * @see org.kbtriage.model.Module#getProductVersion()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_ProductVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Module#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.kbtriage.model.Module#getTimestamp()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Timestamp();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.ParseProblem <em>Parse Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parse Problem</em>'.
	 * @see org.kbtriage.model.ParseProblem
	 * @generated
	 */
	EClass getParseProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ParseProblem#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.kbtriage.model.ParseProblem#getLine()
	 * @see #getParseProblem()
	 * @generated
	 */
	EAttribute getParseProblem_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ParseProblem#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.kbtriage.model.ParseProblem#getMessage()
	 * @see #getParseProblem()
	 * @generated
	 */
	EAttribute getParseProblem_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ParseProblem#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.kbtriage.model.ParseProblem#getSeverity()
	 * @see #getParseProblem()
	 * @generated
	 */
	EAttribute getParseProblem_Severity();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.ArticleSection <em>Article Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Section</em>'.
	 * @see org.kbtriage.model.ArticleSection
	 * @generated
	 */
	EClass getArticleSection();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ArticleSection#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kbtriage.model.ArticleSection#getName()
	 * @see #getArticleSection()
	 * @generated
	 */
	EAttribute getArticleSection_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.ArticleSection#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.kbtriage.model.ArticleSection#getText()
	 * @see #getArticleSection()
	 * @generated
	 */
	EAttribute getArticleSection_Text();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.FixedFile <em>Fixed File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed File</em>'.
	 * @see org.kbtriage.model.FixedFile
	 * @generated
	 */
	EClass getFixedFile();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.FixedFile#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.kbtriage.model.FixedFile#getFileName()
	 * @see #getFixedFile()
	 * @generated
	 */
	EAttribute getFixedFile_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.FixedFile#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.kbtriage.model.FixedFile#getVersion()
	 * @see #getFixedFile()
	 * @generated
	 */
	EAttribute getFixedFile_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.FixedFile#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see org.kbtriage.model.FixedFile#getPlatform()
	 * @see #getFixedFile()
	 * @generated
	 */
	EAttribute getFixedFile_Platform();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.FixedFile#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kbtriage.model.FixedFile#getDate()
	 * @see #getFixedFile()
	 * @generated
	 */
	EAttribute getFixedFile_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.FixedFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.kbtriage.model.FixedFile#getSize()
	 * @see #getFixedFile()
	 * @generated
	 */
	EAttribute getFixedFile_Size();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.KbArticle <em>Kb Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kb Article</em>'.
	 * @see org.kbtriage.model.KbArticle
	 * @generated
	 */
	EClass getKbArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.KbArticle#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kbtriage.model.KbArticle#getId()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.KbArticle#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.kbtriage.model.KbArticle#getTitle()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.KbArticle#getLastModified <em>Last Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Modified</em>'.
	 * @see org.kbtriage.model.KbArticle#getLastModified()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_LastModified();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.KbArticle#getAdditionalQueryWords <em>Additional Query Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Additional Query Words</em>'.
	 * @see org.kbtriage.model.KbArticle#getAdditionalQueryWords()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_AdditionalQueryWords();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.KbArticle#getSourcePath <em>Source Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Path</em>'.
	 * @see org.kbtriage.model.KbArticle#getSourcePath()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_SourcePath();

	/**
	 * Returns the meta object for the attribute list '{@link org.kbtriage.model.KbArticle#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products</em>'.
	 * @see org.kbtriage.model.KbArticle#getProducts()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_Products();

	/**
	 * Returns the meta object for the attribute list '{@link org.kbtriage.model.KbArticle#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Versions</em>'.
	 * @see org.kbtriage.model.KbArticle#getVersions()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_Versions();

	/**
	 * Returns the meta object for the attribute list '{@link org.kbtriage.model.KbArticle#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.kbtriage.model.KbArticle#getKeywords()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_Keywords();

	/**
	 * Returns the meta object for the attribute list '{@link org.kbtriage.model.KbArticle#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see org.kbtriage.model.KbArticle#getReferences()
	 * @see #getKbArticle()
	 * @generated
	 */
	EAttribute getKbArticle_References();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.KbArticle#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.kbtriage.model.KbArticle#getSections()
	 * @see #getKbArticle()
	 * @generated
	 */
	EReference getKbArticle_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.KbArticle#getFixedFiles <em>Fixed Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixed Files</em>'.
	 * @see org.kbtriage.model.KbArticle#getFixedFiles()
	 * @see #getKbArticle()
	 * @generated
	 */
	EReference getKbArticle_FixedFiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kbtriage.model.KbArticle#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frames</em>'.
	 * @see org.kbtriage.model.KbArticle#getFrames()
	 * @see #getKbArticle()
	 * @generated
	 */
	EReference getKbArticle_Frames();

	/**
	 * Returns the meta object for class '{@link org.kbtriage.model.Match <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match</em>'.
	 * @see org.kbtriage.model.Match
	 * @generated
	 */
	EClass getMatch();

	/**
	 * Returns the meta object for the reference '{@link org.kbtriage.model.Match#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.kbtriage.model.Match#getArticle()
	 * @see #getMatch()
	 * @generated
	 */
	EReference getMatch_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getArticleId <em>Article Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article Id</em>'.
	 * @see org.kbtriage.model.Match#getArticleId()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_ArticleId();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.kbtriage.model.Match#getRank()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.kbtriage.model.Match#getScore()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#isConfident <em>Confident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confident</em>'.
	 * @see org.kbtriage.model.Match#isConfident()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Confident();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.kbtriage.model.Match#getReason()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.kbtriage.model.Match#getExplanation()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Explanation();

	/**
	 * Returns the meta object for the reference list '{@link org.kbtriage.model.Match#getMatchedFrames <em>Matched Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Matched Frames</em>'.
	 * @see org.kbtriage.model.Match#getMatchedFrames()
	 * @see #getMatch()
	 * @generated
	 */
	EReference getMatch_MatchedFrames();

	/**
	 * Returns the meta object for the attribute '{@link org.kbtriage.model.Match#getApplicability <em>Applicability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applicability</em>'.
	 * @see org.kbtriage.model.Match#getApplicability()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Applicability();

	/**
	 * Returns the meta object for enum '{@link org.kbtriage.model.DumpLayout <em>Dump Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dump Layout</em>'.
	 * @see org.kbtriage.model.DumpLayout
	 * @generated
	 */
	EEnum getDumpLayout();

	/**
	 * Returns the meta object for enum '{@link org.kbtriage.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.kbtriage.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.kbtriage.model.Applicability <em>Applicability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Applicability</em>'.
	 * @see org.kbtriage.model.Applicability
	 * @generated
	 */
	EEnum getApplicability();

	/**
	 * Returns the meta object for data type '{@link org.kbtriage.model.values.AddressColumns <em>Address Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Columns</em>'.
	 * @see org.kbtriage.model.values.AddressColumns
	 * @model instanceClass="org.kbtriage.model.values.AddressColumns"
	 * @generated
	 */
	EDataType getAddressColumns();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TriageFactory getTriageFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.TriageSessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.TriageSessionImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getTriageSession()
		 * @generated
		 */
		EClass TRIAGE_SESSION = eINSTANCE.getTriageSession();

		/**
		 * The meta object literal for the '<em><b>Dump</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAGE_SESSION__DUMP = eINSTANCE.getTriageSession_Dump();

		/**
		 * The meta object literal for the '<em><b>Matches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAGE_SESSION__MATCHES = eINSTANCE.getTriageSession_Matches();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAGE_SESSION__ARTICLES = eINSTANCE.getTriageSession_Articles();

		/**
		 * The meta object literal for the '<em><b>Index Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIAGE_SESSION__INDEX_DESCRIPTION = eINSTANCE.getTriageSession_IndexDescription();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIAGE_SESSION__CREATED = eINSTANCE.getTriageSession_Created();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.DumpImpl <em>Dump</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.DumpImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getDump()
		 * @generated
		 */
		EClass DUMP = eINSTANCE.getDump();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__SOURCE_FILE = eINSTANCE.getDump_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Charset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__CHARSET = eINSTANCE.getDump_Charset();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__SIZE_BYTES = eINSTANCE.getDump_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Line Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__LINE_COUNT = eINSTANCE.getDump_LineCount();

		/**
		 * The meta object literal for the '<em><b>Layouts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__LAYOUTS = eINSTANCE.getDump_Layouts();

		/**
		 * The meta object literal for the '<em><b>Exception</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUMP__EXCEPTION = eINSTANCE.getDump_Exception();

		/**
		 * The meta object literal for the '<em><b>Failure Bucket Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__FAILURE_BUCKET_ID = eINSTANCE.getDump_FailureBucketId();

		/**
		 * The meta object literal for the '<em><b>Analyze Module Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__ANALYZE_MODULE_NAME = eINSTANCE.getDump_AnalyzeModuleName();

		/**
		 * The meta object literal for the '<em><b>Image Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__IMAGE_NAME = eINSTANCE.getDump_ImageName();

		/**
		 * The meta object literal for the '<em><b>Process Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__PROCESS_NAME = eINSTANCE.getDump_ProcessName();

		/**
		 * The meta object literal for the '<em><b>Bugcheck Str</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP__BUGCHECK_STR = eINSTANCE.getDump_BugcheckStr();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUMP__THREADS = eINSTANCE.getDump_Threads();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUMP__MODULES = eINSTANCE.getDump_Modules();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUMP__PROBLEMS = eINSTANCE.getDump_Problems();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.ExceptionRecordImpl <em>Exception Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.ExceptionRecordImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getExceptionRecord()
		 * @generated
		 */
		EClass EXCEPTION_RECORD = eINSTANCE.getExceptionRecord();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCEPTION_RECORD__CODE = eINSTANCE.getExceptionRecord_Code();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCEPTION_RECORD__ADDRESS = eINSTANCE.getExceptionRecord_Address();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCEPTION_RECORD__DESCRIPTION = eINSTANCE.getExceptionRecord_Description();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCEPTION_RECORD__MODULE = eINSTANCE.getExceptionRecord_Module();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.DumpThreadImpl <em>Dump Thread</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.DumpThreadImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getDumpThread()
		 * @generated
		 */
		EClass DUMP_THREAD = eINSTANCE.getDumpThread();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP_THREAD__ID = eINSTANCE.getDumpThread_Id();

		/**
		 * The meta object literal for the '<em><b>System Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP_THREAD__SYSTEM_ID = eINSTANCE.getDumpThread_SystemId();

		/**
		 * The meta object literal for the '<em><b>Crashing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP_THREAD__CRASHING = eINSTANCE.getDumpThread_Crashing();

		/**
		 * The meta object literal for the '<em><b>Crashing Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUMP_THREAD__CRASHING_REASON = eINSTANCE.getDumpThread_CrashingReason();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUMP_THREAD__FRAMES = eINSTANCE.getDumpThread_Frames();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.StackFrameImpl <em>Stack Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.StackFrameImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getStackFrame()
		 * @generated
		 */
		EClass STACK_FRAME = eINSTANCE.getStackFrame();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__ORDINAL = eINSTANCE.getStackFrame_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__MODULE = eINSTANCE.getStackFrame_Module();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__SYMBOL = eINSTANCE.getStackFrame_Symbol();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__OFFSET = eINSTANCE.getStackFrame_Offset();

		/**
		 * The meta object literal for the '<em><b>Instruction Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__INSTRUCTION_ADDRESS = eINSTANCE.getStackFrame_InstructionAddress();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__ADDRESSES = eINSTANCE.getStackFrame_Addresses();

		/**
		 * The meta object literal for the '<em><b>Inline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__INLINE = eINSTANCE.getStackFrame_Inline();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__SOURCE_FILE = eINSTANCE.getStackFrame_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__SOURCE_LINE = eINSTANCE.getStackFrame_SourceLine();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__LINE = eINSTANCE.getStackFrame_Line();

		/**
		 * The meta object literal for the '<em><b>Start Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__START_OFFSET = eINSTANCE.getStackFrame_StartOffset();

		/**
		 * The meta object literal for the '<em><b>End Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__END_OFFSET = eINSTANCE.getStackFrame_EndOffset();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__KEY = eINSTANCE.getStackFrame_Key();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.ModuleImpl <em>Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.ModuleImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getModule()
		 * @generated
		 */
		EClass MODULE = eINSTANCE.getModule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__NAME = eINSTANCE.getModule_Name();

		/**
		 * The meta object literal for the '<em><b>Image Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__IMAGE_NAME = eINSTANCE.getModule_ImageName();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__IMAGE_PATH = eINSTANCE.getModule_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Start Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__START_ADDRESS = eINSTANCE.getModule_StartAddress();

		/**
		 * The meta object literal for the '<em><b>End Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__END_ADDRESS = eINSTANCE.getModule_EndAddress();

		/**
		 * The meta object literal for the '<em><b>File Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__FILE_VERSION = eINSTANCE.getModule_FileVersion();

		/**
		 * The meta object literal for the '<em><b>Product Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__PRODUCT_VERSION = eINSTANCE.getModule_ProductVersion();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__TIMESTAMP = eINSTANCE.getModule_Timestamp();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.ParseProblemImpl <em>Parse Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.ParseProblemImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getParseProblem()
		 * @generated
		 */
		EClass PARSE_PROBLEM = eINSTANCE.getParseProblem();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARSE_PROBLEM__LINE = eINSTANCE.getParseProblem_Line();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARSE_PROBLEM__MESSAGE = eINSTANCE.getParseProblem_Message();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARSE_PROBLEM__SEVERITY = eINSTANCE.getParseProblem_Severity();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.ArticleSectionImpl <em>Article Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.ArticleSectionImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getArticleSection()
		 * @generated
		 */
		EClass ARTICLE_SECTION = eINSTANCE.getArticleSection();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_SECTION__NAME = eINSTANCE.getArticleSection_Name();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_SECTION__TEXT = eINSTANCE.getArticleSection_Text();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.FixedFileImpl <em>Fixed File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.FixedFileImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getFixedFile()
		 * @generated
		 */
		EClass FIXED_FILE = eINSTANCE.getFixedFile();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_FILE__FILE_NAME = eINSTANCE.getFixedFile_FileName();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_FILE__VERSION = eINSTANCE.getFixedFile_Version();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_FILE__PLATFORM = eINSTANCE.getFixedFile_Platform();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_FILE__DATE = eINSTANCE.getFixedFile_Date();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_FILE__SIZE = eINSTANCE.getFixedFile_Size();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.KbArticleImpl <em>Kb Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.KbArticleImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getKbArticle()
		 * @generated
		 */
		EClass KB_ARTICLE = eINSTANCE.getKbArticle();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__ID = eINSTANCE.getKbArticle_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__TITLE = eINSTANCE.getKbArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Last Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__LAST_MODIFIED = eINSTANCE.getKbArticle_LastModified();

		/**
		 * The meta object literal for the '<em><b>Additional Query Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__ADDITIONAL_QUERY_WORDS = eINSTANCE.getKbArticle_AdditionalQueryWords();

		/**
		 * The meta object literal for the '<em><b>Source Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__SOURCE_PATH = eINSTANCE.getKbArticle_SourcePath();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__PRODUCTS = eINSTANCE.getKbArticle_Products();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__VERSIONS = eINSTANCE.getKbArticle_Versions();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__KEYWORDS = eINSTANCE.getKbArticle_Keywords();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KB_ARTICLE__REFERENCES = eINSTANCE.getKbArticle_References();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KB_ARTICLE__SECTIONS = eINSTANCE.getKbArticle_Sections();

		/**
		 * The meta object literal for the '<em><b>Fixed Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KB_ARTICLE__FIXED_FILES = eINSTANCE.getKbArticle_FixedFiles();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KB_ARTICLE__FRAMES = eINSTANCE.getKbArticle_Frames();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.impl.MatchImpl <em>Match</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.impl.MatchImpl
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getMatch()
		 * @generated
		 */
		EClass MATCH = eINSTANCE.getMatch();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH__ARTICLE = eINSTANCE.getMatch_Article();

		/**
		 * The meta object literal for the '<em><b>Article Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__ARTICLE_ID = eINSTANCE.getMatch_ArticleId();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__RANK = eINSTANCE.getMatch_Rank();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__SCORE = eINSTANCE.getMatch_Score();

		/**
		 * The meta object literal for the '<em><b>Confident</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__CONFIDENT = eINSTANCE.getMatch_Confident();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__REASON = eINSTANCE.getMatch_Reason();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__EXPLANATION = eINSTANCE.getMatch_Explanation();

		/**
		 * The meta object literal for the '<em><b>Matched Frames</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH__MATCHED_FRAMES = eINSTANCE.getMatch_MatchedFrames();

		/**
		 * The meta object literal for the '<em><b>Applicability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__APPLICABILITY = eINSTANCE.getMatch_Applicability();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.DumpLayout <em>Dump Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.DumpLayout
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getDumpLayout()
		 * @generated
		 */
		EEnum DUMP_LAYOUT = eINSTANCE.getDumpLayout();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.Severity
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.kbtriage.model.Applicability <em>Applicability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.Applicability
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getApplicability()
		 * @generated
		 */
		EEnum APPLICABILITY = eINSTANCE.getApplicability();

		/**
		 * The meta object literal for the '<em>Address Columns</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kbtriage.model.values.AddressColumns
		 * @see org.kbtriage.model.impl.TriagePackageImpl#getAddressColumns()
		 * @generated
		 */
		EDataType ADDRESS_COLUMNS = eINSTANCE.getAddressColumns();

	}

} //TriagePackage
