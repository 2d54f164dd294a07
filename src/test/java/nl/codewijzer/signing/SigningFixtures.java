package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Codes adopted for a test, each with a title of its own, committed for real (signing starts after
 * the adoption commits, on the reaction thread: the fixtures wait for it), so tests never see each
 * other's campaigns.
 */
public final class SigningFixtures {

    public static final String TEMPLATE = "gedragscode-sociale-media";

    private final CodeTexts codeTexts;
    private final SigningSeeding seeding;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;
    private final UserDetailsService users;
    private final Reactions reactions;

    public SigningFixtures(CodeTexts codeTexts, SigningSeeding seeding, StaffDirectory staff,
            TransactionTemplate transaction, UserDetailsService users, Reactions reactions) {
        this.reactions = reactions;
        this.codeTexts = codeTexts;
        this.seeding = seeding;
        this.staff = staff;
        this.transaction = transaction;
        this.users = users;
    }

    /** A new code whose version 1 is adopted now: every active staff member is asked to sign it. */
    public VersionDetail adopted(String title) {
        var first = asCoordinator(() -> codeTexts.createCode(title + " " + System.nanoTime(), TEMPLATE));
        return adopt(first.id());
    }

    /** A new code whose version 1 is adopted now, after {@code beforeAdoption} ran with its id (choosing who must sign, say). */
    public VersionDetail adopted(String title, java.util.function.LongConsumer beforeAdoption) {
        var first = asCoordinator(() -> codeTexts.createCode(title + " " + System.nanoTime(), TEMPLATE));
        beforeAdoption.accept(first.id());
        return adopt(first.id());
    }

    /** The next version of the code of {@code active}, with {@code markdown} as its text, adopted now. */
    public VersionDetail adoptedNext(VersionDetail active, String markdown) {
        var draft = asCoordinator(() -> codeTexts.startDraft(active.id(), markdown, "Aangepast na de evaluatie", null));
        return adopt(draft.id());
    }

    /**
     * A new code adopted {@code daysAgo} days ago, with its campaign as it stood: everyone in
     * {@code signedAt} signed then (or has not, for a null value); the other active staff were
     * asked at the adoption too and have not signed.
     */
    public VersionDetail adoptedDaysAgo(String title, int daysAgo, Map<Long, @Nullable Instant> signedAt) {
        var seeded = SystemActor.runAs(() -> Objects.requireNonNull(transaction.execute(status -> {
            var version = adopt(asCoordinator(() -> codeTexts.createCode(title + " " + System.nanoTime(), TEMPLATE)).id());
            var adoptedAt = LocalDate.now(SchoolTime.ZONE).minusDays(daysAgo).atTime(9, 0).atZone(SchoolTime.ZONE)
                    .toInstant();
            var seeds = new ArrayList<SigningSeeding.Seed>();
            for (var member : staff.activeStaff()) {
                seeds.add(new SigningSeeding.Seed(member.id(), signedAt.get(member.id()), null));
            }
            seeding.pastCampaign(version.id(), adoptedAt, LocalDate.now(SchoolTime.ZONE).minusDays(daysAgo + 7), seeds);
            return version;
        })));
        ReactionsDone.await(reactions);
        return seeded;
    }

    /** Submitted and adopted by the directeur, consented by the MR's voorzitter, as the workflow has it. */
    private VersionDetail adopt(long versionId) {
        as("directeur@school.example", () -> codeTexts.transition(versionId, VersionStatus.TER_INSTEMMING));
        as("mr.voorzitter@school.example", () -> codeTexts.transition(versionId, VersionStatus.INGESTEMD));
        as("directeur@school.example", () -> codeTexts.transition(versionId, VersionStatus.VASTGESTELD));
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            ReactionsDone.await(reactions); // the staff are asked on the reaction thread, after the commit
        }
        return as("directeur@school.example", () -> codeTexts.version(versionId));
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return as("coordinator@school.example", work);
    }

    private <T> T as(String email, Supplier<T> work) {
        return SystemActor.runAsPerson(users.loadUserByUsername(email), work);
    }
}
