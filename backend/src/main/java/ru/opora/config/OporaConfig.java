package ru.opora.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under the {@code opora.} prefix. */
@ConfigMapping(prefix = "opora")
public interface OporaConfig {

    DemoData demoData();

    Paging paging();

    /** Largest accepted request body in bytes; larger ones get a 413 problem before they are read. */
    @WithDefault("1048576")
    long maxRequestBodyBytes();

    Uploads uploads();

    interface Uploads {
        /** Largest file accepted as an attachment or an import, in bytes. */
        @WithDefault("10485760")
        long maxFileBytes();

        /** File extensions accepted as attachments to execution reports. */
        @WithDefault("pdf,doc,docx,xls,xlsx,odt,ods,rtf,txt,jpg,jpeg,png")
        java.util.List<String> attachmentExtensions();
    }

    interface DemoData {
        /** Loads the demo regions, municipalities, schools and categories into an empty database at start. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        /** Larger page sizes are capped to this, so that no client can ask for the whole registry at once. */
        @WithDefault("100")
        int maxSize();
    }
}
