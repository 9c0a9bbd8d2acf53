package org.kbtriage.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.values.AddressColumns;
import org.kbtriage.ui.editor.FrameLabels;

/**
 * Read-only properties of any model object (frame, thread, module, dump, article, match): its attributes,
 * and for references a short label (the article of a match, the number of matched frames...).
 */
final class EObjectPropertySource implements IPropertySource {

    private final EObject object;

    EObjectPropertySource(EObject object) {
        this.object = object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        String category = object.eClass().getName();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()) {
                continue; // long child lists (threads, frames, sections) belong in the other views
            }
            PropertyDescriptor descriptor = new PropertyDescriptor(feature, label(feature.getName()));
            descriptor.setCategory(feature instanceof EAttribute ? category : category + " links");
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    /** "startOffset" reads "Start offset". */
    static String label(String featureName) {
        String spaced = featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** {@code ChildEBP 0012f9c4  RetAddr 00401b7e  Args 00163d48 00000000}, with the debugger's own column names. */
    static String text(AddressColumns columns) {
        StringBuilder text = new StringBuilder();
        String first = columns.isStackPointerFirst() ? columns.stackPointer() : columns.framePointer();
        if (first != null) {
            text.append(columns.isStackPointerFirst() ? "Child-SP " : "ChildEBP ").append(first);
        }
        String returnAddress = columns.returnAddress();
        if (returnAddress != null) {
            text.append(text.isEmpty() ? "" : "  ").append("RetAddr ").append(returnAddress);
        }
        List<String> arguments = columns.arguments();
        if (!arguments.isEmpty()) {
            text.append(text.isEmpty() ? "" : "  ").append("Args ").append(String.join(" ", arguments));
        }
        return text.toString();
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object value = object.eGet((EStructuralFeature) id);
        return text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(EObjectPropertySource::text).collect(Collectors.joining(", "));
        }
        if (value instanceof StackFrame frame) {
            return FrameLabels.qualifiedName(frame);
        }
        if (value instanceof AddressColumns columns) {
            return text(columns);
        }
        if (value instanceof KbArticle article) {
            return article.getId() + (article.getTitle() == null ? "" : " " + article.getTitle());
        }
        if (value instanceof EObject other) {
            return other.eClass().getName();
        }
        return value.toString();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
