package org.kbtriage.match.stacks;

import java.io.IOException;
import java.util.List;

/** Where the matcher reads the stacks of every article that prints one (an index, a test fixture). */
@FunctionalInterface
public interface ArticleStackSource {

    /** Every article that prints at least one call stack. */
    List<ArticleStack> articleStacks() throws IOException;
}
