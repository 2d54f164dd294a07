package nl.codewijzer.signing;

/** A question of the understanding check answered wrong (or not at all): why, and where the code says so. */
public record WrongAnswer(int number, String explanation, String article) {
}
