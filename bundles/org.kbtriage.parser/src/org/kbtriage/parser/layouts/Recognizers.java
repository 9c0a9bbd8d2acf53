package org.kbtriage.parser.layouts;

import java.util.List;

import org.kbtriage.parser.internal.LineRecognizer;

/** The layout recognizers, in the order they are offered a line (a list reading its own lines goes first). */
public final class Recognizers {

    private Recognizers() {
    }

    /** Fresh recognizers for one text: they keep state between lines. */
    public static List<LineRecognizer> all() {
        return List.of(new ModuleListRecognizer(), new PromptRecognizer(), new ThreadHeaderRecognizer(),
                new StackHeaderRecognizer(), new ExceptionRecognizer(), new DrWatsonRecognizer(),
                new AnalyzeRecognizer());
    }
}
