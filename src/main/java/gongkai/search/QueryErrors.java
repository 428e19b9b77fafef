package gongkai.search;

/** Builds {@link QueryException}s whose message says, in Chinese and in English, what is wrong and where. */
public final class QueryErrors {

    private QueryErrors() {
    }

    /**
     * @param pos 0-based offset in the query; the message counts from 1, as a reader does
     */
    static QueryException at(int pos, String chinese, String english) {
        return new QueryException("第 " + (pos + 1) + " 个字符处：" + chinese + "（" + english + ", at character " + (pos + 1) + "）", pos);
    }

    public static QueryException general(String chinese, String english) {
        return new QueryException(chinese + "（" + english + "）", -1);
    }
}
