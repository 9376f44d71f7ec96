package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Main-content choices that block scoring alone gets wrong: link cards, embedded posts, teaser lists. */
class MainContentTest {

    private static final String PROSE_1 = "<p>The council voted on Tuesday to rebuild the old harbour wall, which storms "
            + "have damaged three winters in a row, at a cost of four million pounds.</p>";
    private static final String PROSE_2 = "<p>Work is due to start in the spring and to last about eighteen months, "
            + "the council said in a statement after the vote.</p>";

    private static List<String> body(String html) {
        return MainContent.find(Jsoup.parse(html)).body().stream().map(Block::text).toList();
    }

    @Test
    void aCardOfLinksInsideASentenceIsDroppedAndTheSentenceKept() {
        String card = "<span class=\"card\"><a href=\"/p\">Jane Roe</a><a href=\"/1\">Roe backs new ferry plan for the"
                + " islands</a> <a href=\"/2\">Roe says budget is tight this year</a> <a href=\"/3\">MORE</a></span>";
        List<String> body = body("<body><div>" + PROSE_1 + "<p>The motion was put by councillor <span><a href=\"/p\">Jane"
                + " Roe</a>" + card + "</span> (Independent), who said the wall protects two hundred homes.</p>"
                + PROSE_2 + "</div></body>");

        assertThat(body).contains("The motion was put by councillor Jane Roe (Independent), who said the wall protects "
                + "two hundred homes.");
    }

    @Test
    void anEmbeddedPostInASocialWrapperIsKept() {
        List<String> body = body("<body><div>" + PROSE_1 + "<div class=\"social-embed\"><blockquote class=\"tweet\">"
                + "<p>Finally some good news for the harbour!</p>— A Resident (@resident)</blockquote>"
                + "<script>load()</script></div>" + PROSE_2 + "</div></body>");

        assertThat(body).contains("Finally some good news for the harbour!");
    }

    @Test
    void teasersAfterAYouMayAlsoLikeLabelAreCutButAMidArticleLabelIsNot() {
        String teaser = "<div class=\"card\"><p>Residents of the valley say the new bus timetable leaves them waiting "
                + "an hour in the cold, and they want the council to act.</p></div>";
        List<String> cut = body("<body><div class=\"page\"><div class=\"text\">" + PROSE_1 + PROSE_2 + "</div>"
                + "<h3>Você pode gostar...</h3>" + teaser + teaser.replace("bus", "train") + "</div></body>");
        List<String> kept = body("<body><div class=\"text\">" + PROSE_1 + "<p><strong>Read also</strong></p>"
                + PROSE_2 + "</div></body>");

        assertThat(cut).hasSize(2).noneMatch(text -> text.contains("timetable"));
        assertThat(kept).anyMatch(text -> text.startsWith("Work is due to start"));
    }

    @Test
    void aLinkInAnotherScriptIsSetApartButALinkOnPartOfAWordIsNot() {
        List<String> body = body("<body><div>" + PROSE_1 + "<p>今回はそのデスクトップアプリ<a href=\"/k\">Kindle for PC</a>に関する話です。"
                + "パスワード管理ソフトの存在は不可欠です。</p><p>The new <a href=\"/m\">MacBook</a>s have a keyboard that "
                + "fixes the old design, the company said on Tuesday.</p></div></body>");

        assertThat(body).contains("今回はそのデスクトップアプリ Kindle for PC に関する話です。パスワード管理ソフトの存在は不可欠です。")
                .anyMatch(text -> text.startsWith("The new MacBooks have"));
    }

    @Test
    void aPageOfShortLinesWithoutProseKeepsItsListNotTheCommentNotice() {
        String list = "<h3>Race calendar 2018</h3><p>Round 1: 10 March – Riverton<br>Round 2: 8 April – Port Elwood<br>"
                + "Round 3: 22 April – Lakeside<br>Round 4: 6 May – Hillford<br>Round 5: 20 May – Santa Cruz</p>";
        List<String> body = body("<body><div class=\"header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
                + "<div class=\"post\"><div class=\"text\">" + list + "</div><p>Note: comments that are rude or "
                + "unreadable will not be approved by the moderator.</p></div></body>");

        assertThat(body).contains("Race calendar 2018", "Round 3: 22 April – Lakeside", "Round 5: 20 May – Santa Cruz");
    }
}
