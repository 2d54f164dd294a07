package nl.codewijzer.codetext;

/** A status change the machine does not allow; nothing was changed. */
public class IllegalTransition extends nl.codewijzer.base.InvalidInput {

    public IllegalTransition(VersionStatus from, VersionStatus to) {
        super("status", "version.error.transition", from.name(), to.name());
    }
}
