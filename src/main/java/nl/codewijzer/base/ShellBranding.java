package nl.codewijzer.base;

/** The name shown in the shell's header; the school module supplies it. */
public interface ShellBranding {

    String schoolName();
}
