package nl.codewijzer.audit.internal;

import javax.sql.DataSource;
import nl.codewijzer.pdf.TrustedTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link AuditChain} of the application, shared by the appender, the recorder and the trail, and
 * its anchors in time.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainConfiguration {

    @Bean
    AuditChain auditChain(DataSource dataSource) {
        return new AuditChain(dataSource);
    }

    @Bean
    AuditAnchors auditAnchors(DataSource dataSource, TrustedTime time) {
        return new AuditAnchors(dataSource, time);
    }
}
