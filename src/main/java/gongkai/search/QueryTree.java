package gongkai.search;

import java.util.List;

/**
 * A parsed query: its tree, and the strings a snippet should mark (the words and phrases the
 * query looks for, not those it excludes).
 */
public record QueryTree(QueryNode root, List<String> marks) {
}
