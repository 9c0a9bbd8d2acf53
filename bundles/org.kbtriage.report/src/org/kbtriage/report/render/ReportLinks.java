package org.kbtriage.report.render;

import java.net.URI;
import java.net.URISyntaxException;

/** Links from a batch index to the reports beside it. */
final class ReportLinks {

    private ReportLinks() {
    }

    /**
     * A relative link to a file in the same folder, percent-encoded where a URL needs it (spaces, #, %, ?)
     * and for parentheses, which would end a Markdown link.
     */
    static String href(String fileName) {
        try {
            // A leading "./" keeps a name with a colon from being read as a scheme.
            return new URI(null, null, "./" + fileName, null).getRawPath().replace("(", "%28").replace(")", "%29");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot link to report " + fileName + ": " + e.getMessage(), e);
        }
    }
}
