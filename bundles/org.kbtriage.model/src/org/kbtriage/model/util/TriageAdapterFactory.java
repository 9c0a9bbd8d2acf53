/**
 */
package org.kbtriage.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriagePackage;
import org.kbtriage.model.TriageSession;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.kbtriage.model.TriagePackage
 * @generated
 */
public class TriageAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TriagePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TriageAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TriagePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TriageSwitch<Adapter> modelSwitch =
		new TriageSwitch<Adapter>() {
			@Override
			public Adapter caseTriageSession(TriageSession object) {
				return createTriageSessionAdapter();
			}
			@Override
			public Adapter caseDump(Dump object) {
				return createDumpAdapter();
			}
			@Override
			public Adapter caseExceptionRecord(ExceptionRecord object) {
				return createExceptionRecordAdapter();
			}
			@Override
			public Adapter caseDumpThread(DumpThread object) {
				return createDumpThreadAdapter();
			}
			@Override
			public Adapter caseStackFrame(StackFrame object) {
				return createStackFrameAdapter();
			}
			@Override
			public Adapter caseModule(org.kbtriage.model.Module object) {
				return createModuleAdapter();
			}
			@Override
			public Adapter caseParseProblem(ParseProblem object) {
				return createParseProblemAdapter();
			}
			@Override
			public Adapter caseArticleSection(ArticleSection object) {
				return createArticleSectionAdapter();
			}
			@Override
			public Adapter caseFixedFile(FixedFile object) {
				return createFixedFileAdapter();
			}
			@Override
			public Adapter caseKbArticle(KbArticle object) {
				return createKbArticleAdapter();
			}
			@Override
			public Adapter caseMatch(Match object) {
				return createMatchAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.TriageSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.TriageSession
	 * @generated
	 */
	public Adapter createTriageSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.Dump <em>Dump</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.Dump
	 * @generated
	 */
	public Adapter createDumpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.ExceptionRecord <em>Exception Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.ExceptionRecord
	 * @generated
	 */
	public Adapter createExceptionRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.DumpThread <em>Dump Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.DumpThread
	 * @generated
	 */
	public Adapter createDumpThreadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.StackFrame <em>Stack Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.StackFrame
	 * @generated
	 */
	public Adapter createStackFrameAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.Module <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.Module
	 * @generated
	 */
	public Adapter createModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.ParseProblem <em>Parse Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.ParseProblem
	 * @generated
	 */
	public Adapter createParseProblemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.ArticleSection <em>Article Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.ArticleSection
	 * @generated
	 */
	public Adapter createArticleSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.FixedFile <em>Fixed File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.FixedFile
	 * @generated
	 */
	public Adapter createFixedFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.KbArticle <em>Kb Article</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.KbArticle
	 * @generated
	 */
	public Adapter createKbArticleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kbtriage.model.Match <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kbtriage.model.Match
	 * @generated
	 */
	public Adapter createMatchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TriageAdapterFactory
