package gongkai.search;

import org.apache.lucene.search.Query;

import java.util.List;

/**
 * A query understood: the Lucene query to run and the strings a snippet should mark
 * (the words and phrases the query looks for, not those it excludes).
 */
public record ParsedQuery(Query query, List<String> marks) {
}
