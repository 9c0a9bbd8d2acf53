/**
 */
package org.kbtriage.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kb Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getLastModified <em>Last Modified</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getAdditionalQueryWords <em>Additional Query Words</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getFixedFiles <em>Fixed Files</em>}</li>
 *   <li>{@link org.kbtriage.model.impl.KbArticleImpl#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KbArticleImpl extends MinimalEObjectImpl.Container implements KbArticle {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastModified() <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModified()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastModified() <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModified()
	 * @generated
	 * @ordered
	 */
	protected String lastModified = LAST_MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdditionalQueryWords() <em>Additional Query Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalQueryWords()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDITIONAL_QUERY_WORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdditionalQueryWords() <em>Additional Query Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalQueryWords()
	 * @generated
	 * @ordered
	 */
	protected String additionalQueryWords = ADDITIONAL_QUERY_WORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected String sourcePath = SOURCE_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> products;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> versions;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> references;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleSection> sections;

	/**
	 * The cached value of the '{@link #getFixedFiles() <em>Fixed Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<FixedFile> fixedFiles;

	/**
	 * The cached value of the '{@link #getFrames() <em>Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<StackFrame> frames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KbArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.KB_ARTICLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.KB_ARTICLE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.KB_ARTICLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastModified() {
		return lastModified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastModified(String newLastModified) {
		String oldLastModified = lastModified;
		lastModified = newLastModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.KB_ARTICLE__LAST_MODIFIED, oldLastModified, lastModified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdditionalQueryWords() {
		return additionalQueryWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdditionalQueryWords(String newAdditionalQueryWords) {
		String oldAdditionalQueryWords = additionalQueryWords;
		additionalQueryWords = newAdditionalQueryWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.KB_ARTICLE__ADDITIONAL_QUERY_WORDS, oldAdditionalQueryWords, additionalQueryWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourcePath() {
		return sourcePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourcePath(String newSourcePath) {
		String oldSourcePath = sourcePath;
		sourcePath = newSourcePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.KB_ARTICLE__SOURCE_PATH, oldSourcePath, sourcePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProducts() {
		if (products == null) {
			products = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.KB_ARTICLE__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVersions() {
		if (versions == null) {
			versions = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.KB_ARTICLE__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.KB_ARTICLE__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferences() {
		if (references == null) {
			references = new EDataTypeUniqueEList<String>(String.class, this, TriagePackage.KB_ARTICLE__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<ArticleSection>(ArticleSection.class, this, TriagePackage.KB_ARTICLE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FixedFile> getFixedFiles() {
		if (fixedFiles == null) {
			fixedFiles = new EObjectContainmentEList<FixedFile>(FixedFile.class, this, TriagePackage.KB_ARTICLE__FIXED_FILES);
		}
		return fixedFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackFrame> getFrames() {
		if (frames == null) {
			frames = new EObjectContainmentEList<StackFrame>(StackFrame.class, this, TriagePackage.KB_ARTICLE__FRAMES);
		}
		return frames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TriagePackage.KB_ARTICLE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case TriagePackage.KB_ARTICLE__FIXED_FILES:
				return ((InternalEList<?>)getFixedFiles()).basicRemove(otherEnd, msgs);
			case TriagePackage.KB_ARTICLE__FRAMES:
				return ((InternalEList<?>)getFrames()).basicRemove(otherEnd, msgs);
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
			case TriagePackage.KB_ARTICLE__ID:
				return getId();
			case TriagePackage.KB_ARTICLE__TITLE:
				return getTitle();
			case TriagePackage.KB_ARTICLE__LAST_MODIFIED:
				return getLastModified();
			case TriagePackage.KB_ARTICLE__ADDITIONAL_QUERY_WORDS:
				return getAdditionalQueryWords();
			case TriagePackage.KB_ARTICLE__SOURCE_PATH:
				return getSourcePath();
			case TriagePackage.KB_ARTICLE__PRODUCTS:
				return getProducts();
			case TriagePackage.KB_ARTICLE__VERSIONS:
				return getVersions();
			case TriagePackage.KB_ARTICLE__KEYWORDS:
				return getKeywords();
			case TriagePackage.KB_ARTICLE__REFERENCES:
				return getReferences();
			case TriagePackage.KB_ARTICLE__SECTIONS:
				return getSections();
			case TriagePackage.KB_ARTICLE__FIXED_FILES:
				return getFixedFiles();
			case TriagePackage.KB_ARTICLE__FRAMES:
				return getFrames();
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
			case TriagePackage.KB_ARTICLE__ID:
				setId((String)newValue);
				return;
			case TriagePackage.KB_ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case TriagePackage.KB_ARTICLE__LAST_MODIFIED:
				setLastModified((String)newValue);
				return;
			case TriagePackage.KB_ARTICLE__ADDITIONAL_QUERY_WORDS:
				setAdditionalQueryWords((String)newValue);
				return;
			case TriagePackage.KB_ARTICLE__SOURCE_PATH:
				setSourcePath((String)newValue);
				return;
			case TriagePackage.KB_ARTICLE__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends String>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends String>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends String>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends ArticleSection>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__FIXED_FILES:
				getFixedFiles().clear();
				getFixedFiles().addAll((Collection<? extends FixedFile>)newValue);
				return;
			case TriagePackage.KB_ARTICLE__FRAMES:
				getFrames().clear();
				getFrames().addAll((Collection<? extends StackFrame>)newValue);
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
			case TriagePackage.KB_ARTICLE__ID:
				setId(ID_EDEFAULT);
				return;
			case TriagePackage.KB_ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TriagePackage.KB_ARTICLE__LAST_MODIFIED:
				setLastModified(LAST_MODIFIED_EDEFAULT);
				return;
			case TriagePackage.KB_ARTICLE__ADDITIONAL_QUERY_WORDS:
				setAdditionalQueryWords(ADDITIONAL_QUERY_WORDS_EDEFAULT);
				return;
			case TriagePackage.KB_ARTICLE__SOURCE_PATH:
				setSourcePath(SOURCE_PATH_EDEFAULT);
				return;
			case TriagePackage.KB_ARTICLE__PRODUCTS:
				getProducts().clear();
				return;
			case TriagePackage.KB_ARTICLE__VERSIONS:
				getVersions().clear();
				return;
			case TriagePackage.KB_ARTICLE__KEYWORDS:
				getKeywords().clear();
				return;
			case TriagePackage.KB_ARTICLE__REFERENCES:
				getReferences().clear();
				return;
			case TriagePackage.KB_ARTICLE__SECTIONS:
				getSections().clear();
				return;
			case TriagePackage.KB_ARTICLE__FIXED_FILES:
				getFixedFiles().clear();
				return;
			case TriagePackage.KB_ARTICLE__FRAMES:
				getFrames().clear();
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
			case TriagePackage.KB_ARTICLE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TriagePackage.KB_ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TriagePackage.KB_ARTICLE__LAST_MODIFIED:
				return LAST_MODIFIED_EDEFAULT == null ? lastModified != null : !LAST_MODIFIED_EDEFAULT.equals(lastModified);
			case TriagePackage.KB_ARTICLE__ADDITIONAL_QUERY_WORDS:
				return ADDITIONAL_QUERY_WORDS_EDEFAULT == null ? additionalQueryWords != null : !ADDITIONAL_QUERY_WORDS_EDEFAULT.equals(additionalQueryWords);
			case TriagePackage.KB_ARTICLE__SOURCE_PATH:
				return SOURCE_PATH_EDEFAULT == null ? sourcePath != null : !SOURCE_PATH_EDEFAULT.equals(sourcePath);
			case TriagePackage.KB_ARTICLE__PRODUCTS:
				return products != null && !products.isEmpty();
			case TriagePackage.KB_ARTICLE__VERSIONS:
				return versions != null && !versions.isEmpty();
			case TriagePackage.KB_ARTICLE__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case TriagePackage.KB_ARTICLE__REFERENCES:
				return references != null && !references.isEmpty();
			case TriagePackage.KB_ARTICLE__SECTIONS:
				return sections != null && !sections.isEmpty();
			case TriagePackage.KB_ARTICLE__FIXED_FILES:
				return fixedFiles != null && !fixedFiles.isEmpty();
			case TriagePackage.KB_ARTICLE__FRAMES:
				return frames != null && !frames.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", lastModified: ");
		result.append(lastModified);
		result.append(", additionalQueryWords: ");
		result.append(additionalQueryWords);
		result.append(", sourcePath: ");
		result.append(sourcePath);
		result.append(", products: ");
		result.append(products);
		result.append(", versions: ");
		result.append(versions);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", references: ");
		result.append(references);
		result.append(')');
		return result.toString();
	}

} //KbArticleImpl
