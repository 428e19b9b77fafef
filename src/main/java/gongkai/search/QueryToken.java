package gongkai.search;

/**
 * One token of a query, with where it starts (0-based character offset) for error messages.
 *
 * @param kind  what the token is
 * @param text  the word, the phrase's inside, or the field's name
 * @param value for {@link Kind#FIELD}: the value as written after the colon (a range keeps its brackets)
 * @param quoted for {@link Kind#FIELD}: whether the value was quoted
 * @param valuePos for {@link Kind#FIELD}: where the value starts
 */
record QueryToken(Kind kind, String text, int pos, String value, boolean quoted, int valuePos) {

    enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, MINUS }

    static QueryToken of(Kind kind, String text, int pos) {
        return new QueryToken(kind, text, pos, null, false, -1);
    }
}
