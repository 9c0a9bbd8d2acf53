/**
 */
package org.kbtriage.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.TriageSession#getDump <em>Dump</em>}</li>
 *   <li>{@link org.kbtriage.model.TriageSession#getMatches <em>Matches</em>}</li>
 *   <li>{@link org.kbtriage.model.TriageSession#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.kbtriage.model.TriageSession#getIndexDescription <em>Index Description</em>}</li>
 *   <li>{@link org.kbtriage.model.TriageSession#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getTriageSession()
 * @model
 * @generated
 */
public interface TriageSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Dump</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dump</em>' containment reference.
	 * @see #setDump(Dump)
	 * @see org.kbtriage.model.TriagePackage#getTriageSession_Dump()
	 * @model containment="true"
	 * @generated
	 */
	Dump getDump();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.TriageSession#getDump <em>Dump</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dump</em>' containment reference.
	 * @see #getDump()
	 * @generated
	 */
	void setDump(Dump value);

	/**
	 * Returns the value of the '<em><b>Matches</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.Match}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matches</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getTriageSession_Matches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Match> getMatches();

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.KbArticle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getTriageSession_Articles()
	 * @model containment="true"
	 * @generated
	 */
	EList<KbArticle> getArticles();

	/**
	 * Returns the value of the '<em><b>Index Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index Description</em>' attribute.
	 * @see #setIndexDescription(String)
	 * @see org.kbtriage.model.TriagePackage#getTriageSession_IndexDescription()
	 * @model
	 * @generated
	 */
	String getIndexDescription();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.TriageSession#getIndexDescription <em>Index Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index Description</em>' attribute.
	 * @see #getIndexDescription()
	 * @generated
	 */
	void setIndexDescription(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.kbtriage.model.TriagePackage#getTriageSession_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.TriageSession#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // TriageSession
