package org.kbtriage.report.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The schemas shipped in the report bundle, loaded from the bundle, validated by a real validator. */
final class JsonSchemas {

    static final String REPORT = "schema/triage-report-1.schema.json";
    static final String BATCH = "schema/triage-batch-1.schema.json";

    private JsonSchemas() {
    }

    static String text(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(org.kbtriage.report.ReportWriter.class);
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            throw new IOException("The report bundle does not ship " + path);
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The validation errors of {@code json} against the schema at {@code path}, as messages. */
    static List<String> errors(String path, String json) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text(path));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
