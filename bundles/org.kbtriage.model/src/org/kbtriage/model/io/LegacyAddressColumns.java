package org.kbtriage.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.values.AddressColumns;

/**
 * Reads the address columns of sessions saved before frames kept them as one
 * {@link AddressColumns} value: {@code framePointer}, {@code stackPointer}, {@code returnAddress}
 * attributes and {@code <arguments>} elements, which the loader records as unknown features.
 * Anything else unknown is reported, as it was before.
 */
final class LegacyAddressColumns {

    private LegacyAddressColumns() {
    }

    /**
     * Moves the old columns of every frame into its {@code addresses}.
     *
     * @return the first unknown feature that is not an old address column, or null
     */
    static String migrate(XMLResource resource) {
        for (Map.Entry<EObject, AnyType> entry : resource.getEObjectToExtensionMap().entrySet()) {
            if (!(entry.getKey() instanceof StackFrame frame)) {
                return firstFeatureName(entry.getValue());
            }
            String unknown = migrate(frame, entry.getValue());
            if (unknown != null) {
                return unknown;
            }
        }
        resource.getEObjectToExtensionMap().clear();
        return null;
    }

    private static String migrate(StackFrame frame, AnyType extension) {
        String framePointer = null;
        String stackPointer = null;
        String returnAddress = null;
        for (FeatureMap.Entry attribute : extension.getAnyAttribute()) {
            String value = String.valueOf(attribute.getValue());
            switch (attribute.getEStructuralFeature().getName()) {
                case "framePointer" -> framePointer = value;
                case "stackPointer" -> stackPointer = value;
                case "returnAddress" -> returnAddress = value;
                default -> {
                    return attribute.getEStructuralFeature().getName();
                }
            }
        }
        List<String> arguments = new ArrayList<>();
        for (FeatureMap.Entry element : extension.getAny()) {
            if (!"arguments".equals(element.getEStructuralFeature().getName()) || !(element.getValue() instanceof AnyType text)) {
                return element.getEStructuralFeature().getName();
            }
            arguments.add(textOf(text));
        }
        String first = stackPointer != null ? stackPointer : framePointer;
        if (first == null && returnAddress == null && arguments.isEmpty()) {
            return null;
        }
        StringBuilder printed = new StringBuilder(stackPointer != null ? "sp:" : "");
        printed.append(first == null ? "--------" : first).append(' ').append(returnAddress == null ? "--------" : returnAddress);
        for (String argument : arguments) {
            printed.append(' ').append(argument);
        }
        try {
            frame.setAddresses(AddressColumns.valueOf(printed.toString()));
        } catch (IllegalArgumentException e) {
            // A column the old model kept as free text that is no address: the frame keeps none rather than the session failing.
        }
        return null;
    }

    private static String textOf(AnyType element) {
        StringBuilder text = new StringBuilder();
        for (FeatureMap.Entry part : element.getMixed()) {
            if (part.getValue() instanceof String s) {
                text.append(s);
            }
        }
        return text.toString().strip();
    }

    private static String firstFeatureName(AnyType extension) {
        if (!extension.getAnyAttribute().isEmpty()) {
            return extension.getAnyAttribute().get(0).getEStructuralFeature().getName();
        }
        return extension.getAny().isEmpty() ? "?" : extension.getAny().get(0).getEStructuralFeature().getName();
    }
}
