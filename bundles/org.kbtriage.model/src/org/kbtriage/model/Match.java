/**
 */
package org.kbtriage.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Match</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.Match#getArticle <em>Article</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getArticleId <em>Article Id</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getRank <em>Rank</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getScore <em>Score</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#isConfident <em>Confident</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getReason <em>Reason</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getMatchedFrames <em>Matched Frames</em>}</li>
 *   <li>{@link org.kbtriage.model.Match#getApplicability <em>Applicability</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getMatch()
 * @model
 * @generated
 */
public interface Match extends EObject {
	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(KbArticle)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Article()
	 * @model resolveProxies="false"
	 * @generated
	 */
	KbArticle getArticle();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(KbArticle value);

	/**
	 * Returns the value of the '<em><b>Article Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article Id</em>' attribute.
	 * @see #setArticleId(String)
	 * @see org.kbtriage.model.TriagePackage#getMatch_ArticleId()
	 * @model
	 * @generated
	 */
	String getArticleId();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getArticleId <em>Article Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article Id</em>' attribute.
	 * @see #getArticleId()
	 * @generated
	 */
	void setArticleId(String value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Rank()
	 * @model
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Confident</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confident</em>' attribute.
	 * @see #setConfident(boolean)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Confident()
	 * @model
	 * @generated
	 */
	boolean isConfident();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#isConfident <em>Confident</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confident</em>' attribute.
	 * @see #isConfident()
	 * @generated
	 */
	void setConfident(boolean value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Matched Frames</b></em>' reference list.
	 * The list contents are of type {@link org.kbtriage.model.StackFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matched Frames</em>' reference list.
	 * @see org.kbtriage.model.TriagePackage#getMatch_MatchedFrames()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<StackFrame> getMatchedFrames();

	/**
	 * Returns the value of the '<em><b>Applicability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kbtriage.model.Applicability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applicability</em>' attribute.
	 * @see org.kbtriage.model.Applicability
	 * @see #setApplicability(Applicability)
	 * @see org.kbtriage.model.TriagePackage#getMatch_Applicability()
	 * @model
	 * @generated
	 */
	Applicability getApplicability();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.Match#getApplicability <em>Applicability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applicability</em>' attribute.
	 * @see org.kbtriage.model.Applicability
	 * @see #getApplicability()
	 * @generated
	 */
	void setApplicability(Applicability value);

} // Match
