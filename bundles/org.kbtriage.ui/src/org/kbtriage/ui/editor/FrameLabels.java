package org.kbtriage.ui.editor;

import org.kbtriage.model.StackFrame;

/** How a frame is named in the UI: MODULE!Symbol+offset. */
public final class FrameLabels {

    private FrameLabels() {
    }

    public static String qualifiedName(StackFrame frame) {
        StringBuilder name = new StringBuilder();
        if (frame.getModule() != null) {
            name.append(frame.getModule());
        }
        if (frame.getSymbol() != null && !frame.getSymbol().isEmpty()) {
            name.append('!').append(frame.getSymbol());
        }
        if (frame.getOffset() != null && !frame.getOffset().isEmpty()) {
            name.append('+').append(frame.getOffset());
        }
        return name.isEmpty() ? "(unknown frame)" : name.toString();
    }
}
