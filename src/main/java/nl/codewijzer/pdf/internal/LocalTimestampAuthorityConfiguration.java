package nl.codewijzer.pdf.internal;

import java.nio.file.Path;
import java.time.Clock;
import nl.codewijzer.base.Translations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In demo mode without a configured authority ({@code codewijzer.seal.tsa-url}), the local demo
 * time-stamping authority runs beside the app, so demo seals are timestamped (B-T and up) the same way
 * a school's are, over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class LocalTimestampAuthorityConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("${codewijzer.demo.enabled:false} and '${codewijzer.seal.tsa-url:}'.isBlank()")
    LocalTimestampAuthority localTimestampAuthority(SealProperties properties, Clock clock, Translations translations) {
        var folder = Path.of(properties.demoDirOrDefault()).toAbsolutePath().normalize();
        return LocalTimestampAuthority.demo(folder,
                translations.getTranslation("pdf.seal.demo-tsa-name", Translations.DUTCH), clock,
                properties.localTsaPortOrAny());
    }
}
