package nl.codewijzer.security;

import java.util.List;
import java.util.Set;
import nl.codewijzer.security.internal.SsoLinkRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links between school accounts and people, for the beheerder: shown per person and
 * removable (the next sign-in with that account then matches by e-mail again). A pseudonymised
 * person's links go with their other personal data.
 */
@Service
public class SchoolAccountLinks {

    private final SsoLinkRepository links;
    private final ObjectProvider<SchoolProviders> providers;
    private final ApplicationEventPublisher events;

    SchoolAccountLinks(SsoLinkRepository links, ObjectProvider<SchoolProviders> providers,
            ApplicationEventPublisher events) {
        this.links = links;
        this.providers = providers;
        this.events = events;
    }

    /** Whether any school-account provider is configured. */
    @PreAuthorize(Role.Require.SIGNED_IN)
    public boolean configured() {
        var configured = providers.getIfAvailable();
        return configured != null && !configured.buttons().isEmpty();
    }

    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional(readOnly = true)
    public List<SchoolAccountLink> of(long personId) {
        return links.findByPersonIdOrderByProvider(personId).stream()
                .map(link -> new SchoolAccountLink(link.id(), link.personId(), link.provider(),
                        providerName(link.provider()), link.emailAtLink(), link.linkedAt(), link.lastLoginAt()))
                .toList();
    }

    /** The ids of everyone with at least one linked school account. */
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional(readOnly = true)
    public Set<Long> linkedPeople() {
        return Set.copyOf(links.linkedPeople());
    }

    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional
    public void remove(long personId, long linkId) {
        links.findById(linkId).filter(link -> link.personId() == personId).ifPresent(link -> {
            links.delete(link);
            events.publishEvent(new SchoolAccountUnlinked(personId, link.provider()));
        });
    }

    /** Pseudonymisation: the provider's identifier of the person is personal data too. */
    @PreAuthorize(Role.Require.SYSTEM)
    @Transactional
    public void forget(long personId) {
        links.deleteByPerson(personId);
    }

    private String providerName(String provider) {
        var configured = providers.getIfAvailable();
        return configured == null ? provider
                : configured.provider(provider).map(found -> found.label(provider)).orElse(provider);
    }
}
