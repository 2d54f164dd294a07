package nl.codewijzer.consent.internal;

import java.util.List;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.staff.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The consent module's part of a person's data export: their named votes and their comments. */
@Component
class ConsentPersonalData implements PersonalDataSource {

    /** This module's part of the file. */
    record Part(List<OwnVote> votes, List<OwnComment> comments) {
    }

    private final ConsentVoteRepository votes;
    private final ConsentCommentRepository comments;
    private final CurrentUser currentUser;

    ConsentPersonalData(ConsentVoteRepository votes, ConsentCommentRepository comments, CurrentUser currentUser) {
        this.votes = votes;
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "consent";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataFor(long personId) {
        PersonalDataSource.requireOwn(currentUser, personId);
        return new Part(votes.namedVotesOf(personId), comments.writtenBy(personId));
    }
}
