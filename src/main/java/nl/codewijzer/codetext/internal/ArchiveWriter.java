package nl.codewijzer.codetext.internal;

import java.io.IOException;
import nl.codewijzer.codetext.VersionSaved;
import nl.codewijzer.codetext.VersionStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes archive files after the database committed, so the archive never holds a version the
 * database does not. A failed write is logged and never undoes the save; "rebuild" repairs it.
 */
@Component
class ArchiveWriter {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);
    private final CodeArchive archive;
    private final CodeVersionRepository versions;

    ArchiveWriter(CodeArchive archive, CodeVersionRepository versions) {
        this.archive = archive;
        this.versions = versions;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(VersionSaved saved) {
        versions.withCode(saved.versionId()).ifPresent(version -> {
            try {
                archive.write(version);
            } catch (IOException | RuntimeException e) {
                log.error("Version {} saved, but its archive file could not be written", saved.versionId(), e);
            }
        });
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(VersionStatusChanged changed) {
        versions.withCode(changed.versionId()).ifPresent(version -> {
            try {
                archive.statusChanged(version, changed.from());
            } catch (IOException | RuntimeException e) {
                log.error("Status of version {} changed, but its archive file could not be updated", changed.versionId(), e);
            }
        });
    }
}
