package nl.codewijzer.school.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolSettingsRepository extends JpaRepository<SchoolSettingsRow, Integer> {
}
