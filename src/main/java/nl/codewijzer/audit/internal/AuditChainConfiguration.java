package nl.codewijzer.audit.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link AuditChain} of the application, shared by the appender, the recorder and the trail. */
@Configuration(proxyBeanMethods = false)
class AuditChainConfiguration {

    @Bean
    AuditChain auditChain(DataSource dataSource) {
        return new AuditChain(dataSource);
    }
}
