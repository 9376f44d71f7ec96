package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.Storyline;
import org.dateline.write.Json;

/**
 * Dateline's embedded store: articles and storylines in a Lucene index on local disk. Articles are keyed
 * by id, so a later run over new inputs adds to the store and a rerun replaces what it reprocessed.
 * Each document keeps its full JSON record, so the store answers without the run's other files.
 */
public final class ArticleStore implements Closeable {

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String ENTITIES = "entities";
    private static final String OUTLET = "outlet";
    private static final String PUBLISHED = "published";
    private static final String STORYLINE = "storyline";
    private static final String RECORD = "record";
    private static final String ARTICLE_KIND = "article";
    private static final String STORYLINE_KIND = "storyline";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, ENTITIES, 2f, TEXT, 1f);

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;

    private ArticleStore(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** Opens the store in {@code dir}, creating it when absent. Only one process may hold it open. */
    public static ArticleStore open(Path dir) {
        try {
            return new ArticleStore(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the corpus's articles, and its storylines, then commits. */
    public void put(Corpus corpus) {
        try {
            for (Article article : corpus.articles()) {
                writer.updateDocument(new Term(ID, ARTICLE_KIND + ":" + article.id()), articleDocument(article));
            }
            writer.deleteDocuments(new Term(KIND, STORYLINE_KIND));
            for (Storyline storyline : corpus.storylines()) {
                Document doc = new Document();
                doc.add(new StringField(KIND, STORYLINE_KIND, Field.Store.NO));
                doc.add(new StringField(ID, STORYLINE_KIND + ":" + storyline.id(), Field.Store.YES));
                doc.add(new StoredField(RECORD, Json.mapper().writeValueAsString(storyline)));
                writer.addDocument(doc);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the store: " + e.getMessage(), e);
        }
    }

    private static Document articleDocument(Article article) throws JsonProcessingException {
        Document doc = new Document();
        doc.add(new StringField(KIND, ARTICLE_KIND, Field.Store.NO));
        doc.add(new StringField(ID, ARTICLE_KIND + ":" + article.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, nullToEmpty(article.title()), Field.Store.NO));
        doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
        String names = article.entities().stream()
                .map(m -> m.canonical() != null ? m.canonical() : m.text())
                .distinct()
                .collect(Collectors.joining(" ; "));
        doc.add(new TextField(ENTITIES, names, Field.Store.NO));
        doc.add(new StringField(OUTLET, nullToEmpty(article.outlet()).toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StringField(PUBLISHED, nullToEmpty(article.published()), Field.Store.NO));
        doc.add(new StringField(STORYLINE, nullToEmpty(article.storylineId()), Field.Store.NO));
        doc.add(new StoredField(RECORD, Json.mapper().writeValueAsString(article)));
        return doc;
    }

    /**
     * Articles matching a query in Lucene's classic syntax (words, "phrases", AND/OR, field:value over
     * title, text, entities), best first. A query that does not parse is searched as plain words.
     */
    public List<SearchHit> search(String queryText, int limit) {
        Query parsed = parse(queryText);
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, ARTICLE_KIND)), BooleanClause.Occur.FILTER)
                .add(parsed, BooleanClause.Occur.MUST)
                .build();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<SearchHit> hits = new ArrayList<>();
            var storedFields = searcher.storedFields();
            Set<String> terms = queryWords(queryText);
            for (ScoreDoc sd : searcher.search(query, Math.max(1, limit)).scoreDocs) {
                Article a = Json.mapper().readValue(storedFields.document(sd.doc).get(RECORD), Article.class);
                hits.add(new SearchHit(a.id(), a.title(), a.published(), a.outlet(), a.storylineId(), sd.score,
                        Snippets.best(a.text(), a.sentences(), terms)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the store: " + e.getMessage(), e);
        }
    }

    private Query parse(String queryText) {
        String[] fields = BOOSTS.keySet().toArray(String[]::new);
        var parser = new MultiFieldQueryParser(fields, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(queryText);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(queryText));
            } catch (ParseException unparseable) {
                return MatchAllDocsQuery.INSTANCE;
            }
        }
    }

    private static Set<String> queryWords(String queryText) {
        return java.util.Arrays.stream(queryText.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !Set.of("and", "or", "not").contains(w))
                .collect(Collectors.toSet());
    }

    public Optional<Article> article(String id) {
        return record(ARTICLE_KIND + ":" + id).map(json -> read(json, new TypeReference<Article>() {
        }));
    }

    public List<Storyline> storylines() {
        return all(STORYLINE_KIND).stream().map(json -> read(json, new TypeReference<Storyline>() {
        })).toList();
    }

    public List<Article> articles() {
        return all(ARTICLE_KIND).stream().map(json -> read(json, new TypeReference<Article>() {
        })).toList();
    }

    /** How many articles the store holds. */
    public int size() {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(KIND, ARTICLE_KIND)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> record(String key) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] found = searcher.search(new TermQuery(new Term(ID, key)), 1).scoreDocs;
            return found.length == 0 ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(found[0].doc).get(RECORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> all(String kind) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> records = new ArrayList<>();
            var stored = searcher.storedFields();
            int n = Math.max(1, searcher.count(new TermQuery(new Term(KIND, kind))));
            for (ScoreDoc sd : searcher.search(new TermQuery(new Term(KIND, kind)), n).scoreDocs) {
                Document doc = stored.document(sd.doc);
                records.add(doc.get(RECORD));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored record does not parse: " + e.getMessage(), e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
