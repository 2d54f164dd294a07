package nl.codewijzer.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells {@link PublicAddress} which address signed-in people use, so a mail a scheduled job sends
 * links there too. Only signed-in requests count: an anonymous visitor cannot steer the links in
 * other people's mails (decision 0021). Runs after Spring Security's filters (lowest precedence).
 */
@Component
class AddressNoticing extends OncePerRequestFilter {

    private final PublicAddress address;

    AddressNoticing(PublicAddress address) {
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            address.noticeSignedInRequest(request);
        }
        chain.doFilter(request, response);
    }
}
