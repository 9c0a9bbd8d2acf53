/**
 */
package org.kbtriage.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.TriagePackage;
import org.kbtriage.model.TriageSession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.TriageSessionImpl#getDump <em>Dump</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.TriageSessionImpl#getMatches <em>Matches</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.TriageSessionImpl#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.TriageSessionImpl#getIndexDescription <em>Index Description</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.TriageSessionImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TriageSessionImpl extends MinimalEObjectImpl.Container implements TriageSession {
	/**
	 * The cached value of the '{@link #getDump() <em>Dump</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDump()
	 * @generated
	 * @ordered
	 */
	protected Dump dump;

	/**
	 * The cached value of the '{@link #getMatches() <em>Matches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatches()
	 * @generated
	 * @ordered
	 */
	protected EList<Match> matches;

	/**
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<KbArticle> articles;

	/**
	 * The default value of the '{@link #getIndexDescription() <em>Index Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String INDEX_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndexDescription() <em>Index Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexDescription()
	 * @generated
	 * @ordered
	 */
	protected String indexDescription = INDEX_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TriageSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.TRIAGE_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dump getDump() {
		return dump;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDump(Dump newDump, NotificationChain msgs) {
		Dump oldDump = dump;
		dump = newDump;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TriagePackage.TRIAGE_SESSION__DUMP, oldDump, newDump);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDump(Dump newDump) {
		if (newDump != dump) {
			NotificationChain msgs = null;
			if (dump != null)
				msgs = ((InternalEObject)dump).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TriagePackage.TRIAGE_SESSION__DUMP, null, msgs);
			if (newDump != null)
				msgs = ((InternalEObject)newDump).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TriagePackage.TRIAGE_SESSION__DUMP, null, msgs);
			msgs = basicSetDump(newDump, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.TRIAGE_SESSION__DUMP, newDump, newDump));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Match> getMatches() {
		if (matches == null) {
			matches = new EObjectContainmentEList<Match>(Match.class, this, TriagePackage.TRIAGE_SESSION__MATCHES);
		}
		return matches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KbArticle> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentEList<KbArticle>(KbArticle.class, this, TriagePackage.TRIAGE_SESSION__ARTICLES);
		}
		return articles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndexDescription() {
		return indexDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndexDescription(String newIndexDescription) {
		String oldIndexDescription = indexDescription;
		indexDescription = newIndexDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.TRIAGE_SESSION__INDEX_DESCRIPTION, oldIndexDescription, indexDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.TRIAGE_SESSION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.TRIAGE_SESSION__DUMP:
				return basicSetDump(null, msgs);
			case TriagePackage.TRIAGE_SESSION__MATCHES:
				return ((InternalEList<?>)getMatches()).basicRemove(otherEnd, msgs);
			case TriagePackage.TRIAGE_SESSION__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.TRIAGE_SESSION__DUMP:
				return getDump();
			case TriagePackage.TRIAGE_SESSION__MATCHES:
				return getMatches();
			case TriagePackage.TRIAGE_SESSION__ARTICLES:
				return getArticles();
			case TriagePackage.TRIAGE_SESSION__INDEX_DESCRIPTION:
				return getIndexDescription();
			case TriagePackage.TRIAGE_SESSION__CREATED:
				return getCreated();
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
			case TriagePackage.TRIAGE_SESSION__DUMP:
				setDump((Dump)newValue);
				return;
			case TriagePackage.TRIAGE_SESSION__MATCHES:
				getMatches().clear();
				getMatches().addAll((Collection<? extends Match>)newValue);
				return;
			case TriagePackage.TRIAGE_SESSION__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends KbArticle>)newValue);
				return;
			case TriagePackage.TRIAGE_SESSION__INDEX_DESCRIPTION:
				setIndexDescription((String)newValue);
				return;
			case TriagePackage.TRIAGE_SESSION__CREATED:
				setCreated((Date)newValue);
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
			case TriagePackage.TRIAGE_SESSION__DUMP:
				setDump((Dump)null);
				return;
			case TriagePackage.TRIAGE_SESSION__MATCHES:
				getMatches().clear();
				return;
			case TriagePackage.TRIAGE_SESSION__ARTICLES:
				getArticles().clear();
				return;
			case TriagePackage.TRIAGE_SESSION__INDEX_DESCRIPTION:
				setIndexDescription(INDEX_DESCRIPTION_EDEFAULT);
				return;
			case TriagePackage.TRIAGE_SESSION__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case TriagePackage.TRIAGE_SESSION__DUMP:
				return dump != null;
			case TriagePackage.TRIAGE_SESSION__MATCHES:
				return matches != null && !matches.isEmpty();
			case TriagePackage.TRIAGE_SESSION__ARTICLES:
				return articles != null && !articles.isEmpty();
			case TriagePackage.TRIAGE_SESSION__INDEX_DESCRIPTION:
				return INDEX_DESCRIPTION_EDEFAULT == null ? indexDescription != null : !INDEX_DESCRIPTION_EDEFAULT.equals(indexDescription);
			case TriagePackage.TRIAGE_SESSION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(" (indexDescription: ");
		result.append(indexDescription);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //TriageSessionImpl
