/**
 */
package org.kbtriage.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kb Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kbtriage.model.KbArticle#getId <em>Id</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getLastModified <em>Last Modified</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getAdditionalQueryWords <em>Additional Query Words</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getProducts <em>Products</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getReferences <em>References</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getSections <em>Sections</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getFixedFiles <em>Fixed Files</em>}</li>
 *   <li>{@link org.kbtriage.model.KbArticle#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @see org.kbtriage.model.TriagePackage#getKbArticle()
 * @model
 * @generated
 */
public interface KbArticle extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.KbArticle#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.KbArticle#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Last Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Modified</em>' attribute.
	 * @see #setLastModified(String)
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_LastModified()
	 * @model
	 * @generated
	 */
	String getLastModified();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.KbArticle#getLastModified <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Modified</em>' attribute.
	 * @see #getLastModified()
	 * @generated
	 */
	void setLastModified(String value);

	/**
	 * Returns the value of the '<em><b>Additional Query Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Additional Query Words</em>' attribute.
	 * @see #setAdditionalQueryWords(String)
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_AdditionalQueryWords()
	 * @model
	 * @generated
	 */
	String getAdditionalQueryWords();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.KbArticle#getAdditionalQueryWords <em>Additional Query Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Additional Query Words</em>' attribute.
	 * @see #getAdditionalQueryWords()
	 * @generated
	 */
	void setAdditionalQueryWords(String value);

	/**
	 * Returns the value of the '<em><b>Source Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Path</em>' attribute.
	 * @see #setSourcePath(String)
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_SourcePath()
	 * @model
	 * @generated
	 */
	String getSourcePath();

	/**
	 * Sets the value of the '{@link org.kbtriage.model.KbArticle#getSourcePath <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Path</em>' attribute.
	 * @see #getSourcePath()
	 * @generated
	 */
	void setSourcePath(String value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' attribute list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Products()
	 * @model
	 * @generated
	 */
	EList<String> getProducts();

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' attribute list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Versions()
	 * @model
	 * @generated
	 */
	EList<String> getVersions();

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Keywords()
	 * @model
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.ArticleSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArticleSection> getSections();

	/**
	 * Returns the value of the '<em><b>Fixed Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.FixedFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Files</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_FixedFiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<FixedFile> getFixedFiles();

	/**
	 * Returns the value of the '<em><b>Frames</b></em>' containment reference list.
	 * The list contents are of type {@link org.kbtriage.model.StackFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frames</em>' containment reference list.
	 * @see org.kbtriage.model.TriagePackage#getKbArticle_Frames()
	 * @model containment="true"
	 * @generated
	 */
	EList<StackFrame> getFrames();

} // KbArticle
