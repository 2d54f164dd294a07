package nl.codewijzer.teamday.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PollSecretRepository extends JpaRepository<PollSecret, Long> {
}
