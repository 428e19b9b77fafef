package gongkai.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report files under the paths given to {@code gongkai index}: every regular file, in
 * path order, except hidden files (and anything in hidden folders) and the synthetic
 * corpus's ground-truth files ({@code *.truth.json}).
 *
 * <p>Paths are made absolute, so that a file is the same document whichever folder the
 * index command runs from.
 */
public final class ReportFiles {

    public static final String TRUTH_SUFFIX = ".truth.json";

    /** The files found, and the given paths that could not be walked with the reason. */
    public record Listing(List<Path> files, List<IndexSummary.Failure> unreadable) {
    }

    public Listing list(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<IndexSummary.Failure> unreadable = new ArrayList<>();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                unreadable.add(new IndexSummary.Failure(given.toString(), "no such file or folder"));
                continue;
            }
            if (Files.isRegularFile(root)) {
                // A file named explicitly is read even if hidden: the user asked for it.
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !isHiddenBelow(root, p))
                        .filter(p -> !p.getFileName().toString().endsWith(TRUTH_SUFFIX))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                unreadable.add(new IndexSummary.Failure(given.toString(), "cannot list folder: " + e.getMessage()));
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(unreadable));
    }

    /** True when the file or a folder between the root and it starts with a dot. */
    private static boolean isHiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
