package org.kbtriage.report;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of the running product, as printed in reports. */
public final class ProductVersion {

    private ProductVersion() {
    }

    /** The version of this bundle (the product is released as one), or "development build" outside OSGi. */
    public static String current() {
        Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
        return bundle == null ? "development build" : bundle.getVersion().toString();
    }
}
