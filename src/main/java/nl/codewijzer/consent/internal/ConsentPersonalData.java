package nl.codewijzer.consent.internal;

import java.util.List;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.staff.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's part of a person's data export: their named votes, their comments and the
 * attachments they added to rounds (name, size, SHA-256 and when; the files stay with the rounds).
 */
@Component
class ConsentPersonalData implements PersonalDataSource {

    /** This module's part of the file. */
    record Part(List<OwnVote> votes, List<OwnComment> comments, List<OwnAttachment> attachments) {
    }

    private final ConsentVoteRepository votes;
    private final ConsentCommentRepository comments;
    private final CurrentUser currentUser;
    private final RoundAttachments attachments;

    ConsentPersonalData(ConsentVoteRepository votes, ConsentCommentRepository comments, CurrentUser currentUser,
            RoundAttachments attachments) {
        this.attachments = attachments;
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
        return new Part(votes.namedVotesOf(personId), comments.writtenBy(personId), attachments.addedBy(personId));
    }
}
