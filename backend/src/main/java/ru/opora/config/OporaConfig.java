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

    Exchange exchange();

    Requests requests();

    /** Limits of the request line and headers, answered with 414 and 431 problem+json (see RequestGuard). */
    interface Requests {
        /** Longest request target (path and query) in characters. */
        @WithDefault("16384")
        int maxUriLength();

        /** Largest sum of header names and values in bytes. */
        @WithDefault("20480")
        int maxHeaderBytes();
    }

    Benchmark benchmark();

    interface Benchmark {
        /**
         * Serves the benchmark's reference endpoint (ru.opora.me.ReferenceResource, read by its
         * {@code @EndpointDisabled}); only the benchmark stack turns it on.
         */
        @WithDefault("false")
        boolean reference();
    }

    Analytics analytics();

    interface Analytics {
        /**
         * The share of the expected schools whose accepted values an aggregate must rest on to be read as a trend;
         * below it the aggregate is shown as partial, without a change or a verdict on the target.
         */
        @WithDefault("0.8")
        double sufficientCoverage();

        /**
         * How far the analytics datasource (a streaming replica, see quarkus.datasource.analytics) may lag behind the
         * primary; a replica further behind, or one that cannot say how far it is, or one that does not answer, is
         * passed over and the analysis reads the primary.
         */
        @WithDefault("PT1M")
        java.time.Duration replicaMaxLag();
    }

    interface Exchange {
        /** Largest bulk import of indicator values, in bytes (a national file of millions of rows fits). */
        @WithDefault("1073741824")
        long maxImportBytes();

        /** Imports up to this many rows are processed within the request; larger ones run as a job the caller polls. */
        @WithDefault("20000")
        int inlineRows();

        /** How many rejected rows a job keeps with their reasons (the counts are always complete). */
        @WithDefault("1000")
        int rejectionsKept();

        /**
         * An import that wrote at least this many values has the table's new pages vacuumed at once, so that analysis
         * reads them from the primary key alone instead of visiting each row until autovacuum comes by.
         */
        @WithDefault("10000")
        int vacuumAfterRows();

        /** A running job whose instance has not reported for this long is considered lost and is failed. */
        @WithDefault("PT2M")
        java.time.Duration staleAfter();
    }

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

        /** The page size to use for a request that asked for this one (null: none asked). */
        default int size(Long requested) {
            return requested == null ? defaultSize() : (int) Math.min(requested, maxSize());
        }
    }
}
