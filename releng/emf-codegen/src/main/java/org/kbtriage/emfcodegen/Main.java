package org.kbtriage.emfcodegen;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generator for {@code bundles/org.kbtriage.model}.
 *
 * <pre>
 * Main [--init-genmodel] &lt;path-to-bundles/org.kbtriage.model&gt;
 * </pre>
 *
 * Default: loads {@code model/triage.genmodel} (+ {@code model/triage.ecore}) and
 * generates the MODEL code into {@code src/}.
 * {@code --init-genmodel}: (re)creates {@code model/triage.genmodel} from the ecore
 * with the project's generator settings, then generates.
 */
public final class Main {

    static final String PLUGIN_ID = "org.kbtriage.model";
    static final String ECORE = "model/triage.ecore";
    static final String GENMODEL = "model/triage.genmodel";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean init = false;
        String dir = null;
        for (String a : args) {
            if ("--init-genmodel".equals(a)) {
                init = true;
            } else if (dir == null) {
                dir = a;
            } else {
                usage();
            }
        }
        if (dir == null) {
            usage();
        }
        File bundleDir = new File(dir).getCanonicalFile();
        if (!new File(bundleDir, ECORE).isFile()) {
            System.err.println("Not a model bundle (missing " + ECORE + "): " + bundleDir);
            System.exit(2);
        }
        int rc = run(bundleDir, init);
        if (rc != 0) {
            System.exit(rc); // only on failure, so "mvn exec:java" can finish normally
        }
    }

    private static void usage() {
        System.err.println("usage: Main [--init-genmodel] <path to bundles/org.kbtriage.model>");
        System.exit(2);
    }

    static int run(File bundleDir, boolean init) throws IOException {
        // Standalone (non-OSGi) registrations.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // Outside Eclipse the generator adapters are not contributed by plugin.xml: register them.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        // platform:/resource/org.kbtriage.model/ -> bundle folder
        URI bundleUri = URI.createFileURI(bundleDir.getAbsolutePath() + File.separator);
        URI platformUri = URI.createPlatformResourceURI("/" + PLUGIN_ID + "/", false); // trailing '/' = prefix mapping
        URI projectUri = URI.createPlatformResourceURI("/" + PLUGIN_ID, false);
        EcorePlugin.getPlatformResourceMap().put(PLUGIN_ID, bundleUri);
        URIConverter.URI_MAP.put(platformUri, bundleUri);

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().put(platformUri, bundleUri);

        URI genModelUri = projectUri.appendSegments(GENMODEL.split("/"));
        if (init) {
            initGenModel(rs, projectUri, genModelUri);
            rs = new ResourceSetImpl();
            rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
            rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
            rs.getURIConverter().getURIMap().put(platformUri, bundleUri);
        }

        Resource genRes = rs.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genRes.getContents().get(0);
        EcoreUtil.resolveAll(rs);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setCodeFormatting(false); // no JDT formatter headless; ImportManager still organizes imports

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            print(validation);
            return 1;
        }

        // The generator always emits plugin.properties for plugin-style projects; this bundle has
        // hand-written MANIFEST.MF/plugin.xml without localization, so drop it unless it already existed.
        File pluginProperties = new File(bundleDir, "plugin.properties");
        boolean hadPluginProperties = pluginProperties.exists();

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        print(result);
        if (!hadPluginProperties && pluginProperties.isFile() && !pluginProperties.delete()) {
            System.err.println("WARNING: could not delete generated " + pluginProperties);
        }
        return result.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
    }

    private static void initGenModel(ResourceSet rs, URI projectUri, URI genModelUri) throws IOException {
        Resource ecoreRes = rs.getResource(projectUri.appendSegments(ECORE.split("/")), true);
        EPackage ePackage = (EPackage) ecoreRes.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.setModelDirectory("/" + PLUGIN_ID + "/src");
        genModel.setModelPluginID(PLUGIN_ID);
        genModel.setModelName("Triage");
        genModel.setModelPluginClass(""); // no generated plugin activator
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setCopyrightText("");
        genModel.setOperationReflection(true);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setSuppressEMFTypes(false);
        genModel.setCodeFormatting(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.getForeignModel().add("triage.ecore");
        genModel.initialize(Collections.singleton(ePackage));

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.kbtriage");
        genPackage.setPrefix("Triage");

        Resource genRes = rs.createResource(genModelUri);
        genRes.getContents().add(genModel);
        Map<Object, Object> opts = new HashMap<>();
        opts.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        opts.put(Resource.OPTION_LINE_DELIMITER, "\n");
        opts.put(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8");
        genRes.save(opts);
        System.out.println("Wrote " + genModelUri);
    }

    private static void print(Diagnostic d) {
        if (d.getSeverity() != Diagnostic.OK) {
            System.err.println(severity(d) + ": " + d.getMessage());
        }
        for (Diagnostic c : d.getChildren()) {
            print(c);
        }
    }

    private static String severity(Diagnostic d) {
        switch (d.getSeverity()) {
            case Diagnostic.ERROR: return "ERROR";
            case Diagnostic.WARNING: return "WARNING";
            case Diagnostic.INFO: return "INFO";
            case Diagnostic.CANCEL: return "CANCEL";
            default: return "OK";
        }
    }
}
