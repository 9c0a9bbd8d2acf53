/**
 */
package org.kbtriage.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectEList;

import org.kbtriage.model.Applicability;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Match</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getArticleId <em>Article Id</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#isConfident <em>Confident</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getMatchedFrames <em>Matched Frames</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.MatchImpl#getApplicability <em>Applicability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatchImpl extends MinimalEObjectImpl.Container implements Match {
	/**
	 * The cached value of the '{@link #getArticle() <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected KbArticle article;

	/**
	 * The default value of the '{@link #getArticleId() <em>Article Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleId()
	 * @generated
	 * @ordered
	 */
	protected static final String ARTICLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArticleId() <em>Article Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleId()
	 * @generated
	 * @ordered
	 */
	protected String articleId = ARTICLE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final int RANK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected int rank = RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #isConfident() <em>Confident</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfident()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIDENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfident() <em>Confident</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfident()
	 * @generated
	 * @ordered
	 */
	protected boolean confident = CONFIDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMatchedFrames() <em>Matched Frames</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchedFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<StackFrame> matchedFrames;

	/**
	 * The default value of the '{@link #getApplicability() <em>Applicability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicability()
	 * @generated
	 * @ordered
	 */
	protected static final Applicability APPLICABILITY_EDEFAULT = Applicability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getApplicability() <em>Applicability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicability()
	 * @generated
	 * @ordered
	 */
	protected Applicability applicability = APPLICABILITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.MATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KbArticle getArticle() {
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(KbArticle newArticle) {
		KbArticle oldArticle = article;
		article = newArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__ARTICLE, oldArticle, article));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArticleId() {
		return articleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticleId(String newArticleId) {
		String oldArticleId = articleId;
		articleId = newArticleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__ARTICLE_ID, oldArticleId, articleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(int newRank) {
		int oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfident() {
		return confident;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfident(boolean newConfident) {
		boolean oldConfident = confident;
		confident = newConfident;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__CONFIDENT, oldConfident, confident));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackFrame> getMatchedFrames() {
		if (matchedFrames == null) {
			matchedFrames = new EObjectEList<StackFrame>(StackFrame.class, this, TriagePackage.MATCH__MATCHED_FRAMES);
		}
		return matchedFrames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Applicability getApplicability() {
		return applicability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplicability(Applicability newApplicability) {
		Applicability oldApplicability = applicability;
		applicability = newApplicability == null ? APPLICABILITY_EDEFAULT : newApplicability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.MATCH__APPLICABILITY, oldApplicability, applicability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.MATCH__ARTICLE:
				return getArticle();
			case TriagePackage.MATCH__ARTICLE_ID:
				return getArticleId();
			case TriagePackage.MATCH__RANK:
				return getRank();
			case TriagePackage.MATCH__SCORE:
				return getScore();
			case TriagePackage.MATCH__CONFIDENT:
				return isConfident();
			case TriagePackage.MATCH__REASON:
				return getReason();
			case TriagePackage.MATCH__EXPLANATION:
				return getExplanation();
			case TriagePackage.MATCH__MATCHED_FRAMES:
				return getMatchedFrames();
			case TriagePackage.MATCH__APPLICABILITY:
				return getApplicability();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TriagePackage.MATCH__ARTICLE:
				setArticle((KbArticle)newValue);
				return;
			case TriagePackage.MATCH__ARTICLE_ID:
				setArticleId((String)newValue);
				return;
			case TriagePackage.MATCH__RANK:
				setRank((Integer)newValue);
				return;
			case TriagePackage.MATCH__SCORE:
				setScore((Double)newValue);
				return;
			case TriagePackage.MATCH__CONFIDENT:
				setConfident((Boolean)newValue);
				return;
			case TriagePackage.MATCH__REASON:
				setReason((String)newValue);
				return;
			case TriagePackage.MATCH__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case TriagePackage.MATCH__MATCHED_FRAMES:
				getMatchedFrames().clear();
				getMatchedFrames().addAll((Collection<? extends StackFrame>)newValue);
				return;
			case TriagePackage.MATCH__APPLICABILITY:
				setApplicability((Applicability)newValue);
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
			case TriagePackage.MATCH__ARTICLE:
				setArticle((KbArticle)null);
				return;
			case TriagePackage.MATCH__ARTICLE_ID:
				setArticleId(ARTICLE_ID_EDEFAULT);
				return;
			case TriagePackage.MATCH__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case TriagePackage.MATCH__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case TriagePackage.MATCH__CONFIDENT:
				setConfident(CONFIDENT_EDEFAULT);
				return;
			case TriagePackage.MATCH__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case TriagePackage.MATCH__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case TriagePackage.MATCH__MATCHED_FRAMES:
				getMatchedFrames().clear();
				return;
			case TriagePackage.MATCH__APPLICABILITY:
				setApplicability(APPLICABILITY_EDEFAULT);
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
			case TriagePackage.MATCH__ARTICLE:
				return article != null;
			case TriagePackage.MATCH__ARTICLE_ID:
				return ARTICLE_ID_EDEFAULT == null ? articleId != null : !ARTICLE_ID_EDEFAULT.equals(articleId);
			case TriagePackage.MATCH__RANK:
				return rank != RANK_EDEFAULT;
			case TriagePackage.MATCH__SCORE:
				return score != SCORE_EDEFAULT;
			case TriagePackage.MATCH__CONFIDENT:
				return confident != CONFIDENT_EDEFAULT;
			case TriagePackage.MATCH__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case TriagePackage.MATCH__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case TriagePackage.MATCH__MATCHED_FRAMES:
				return matchedFrames != null && !matchedFrames.isEmpty();
			case TriagePackage.MATCH__APPLICABILITY:
				return applicability != APPLICABILITY_EDEFAULT;
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
		result.append(" (articleId: ");
		result.append(articleId);
		result.append(", rank: ");
		result.append(rank);
		result.append(", score: ");
		result.append(score);
		result.append(", confident: ");
		result.append(confident);
		result.append(", reason: ");
		result.append(reason);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(", applicability: ");
		result.append(applicability);
		result.append(')');
		return result.toString();
	}

} //MatchImpl
