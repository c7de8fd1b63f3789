/*
 * entity_words.c - the cue words of the entity tagger: function words that
 * are never names, personal titles and roles, organisation and place
 * suffixes, place prepositions, month and weekday names (English, Spanish,
 * German, French). Generic vocabulary only: no names of people. Also the
 * tokenizer the tagger and the merger share.
 *
 * How to add a cue word: add a row to `words[]` in lower case, in byte
 * order (the table is searched with bsearch; test_entity checks the order),
 * OR-ing its classes if the word is already there.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "extract/entity_int.h"
#include "core/banned.h"

struct word {
    const char *w; /* lower case, sorted by bytes for bsearch */
    unsigned cls;  /* enum ent_word_class bits */
};

static const struct word words[] = {
    {"a", W_FUNC},
    {"ab", W_ORG_END},
    {"aber", W_FUNC},
    {"about", W_FUNC},
    {"above", W_FUNC},
    {"abril", W_TIME},
    {"academy", W_ORG_END},
    {"according", W_FUNC},
    {"across", W_FUNC | W_LOC_PREP},
    {"acting", W_TITLE},
    {"actor", W_TITLE},
    {"actress", W_TITLE},
    {"administration", W_ORG_END},
    {"admiral", W_TITLE},
    {"adviser", W_TITLE},
    {"advisers", W_ORG_CUE},
    {"advisor", W_TITLE},
    {"advisors", W_ORG_CUE},
    {"aerospace", W_ORG_CUE},
    {"after", W_FUNC},
    {"ag", W_ORG_END},
    {"again", W_FUNC},
    {"against", W_FUNC},
    {"agency", W_ORG_END | W_ORG_KIND},
    {"agosto", W_TIME},
    {"aide", W_TITLE},
    {"air", W_ORG_CUE},
    {"aircraft", W_ORG_CUE | W_PRODUCT},
    {"airframer", W_ORG_KIND},
    {"airline", W_ORG_END | W_ORG_KIND},
    {"airliner", W_PRODUCT},
    {"airliners", W_PRODUCT},
    {"airlines", W_ORG_CUE | W_ORG_END},
    {"airplanes", W_ORG_CUE},
    {"airport", W_LOC_END},
    {"airways", W_ORG_CUE | W_ORG_END},
    {"al", W_FUNC},
    {"alcalde", W_TITLE},
    {"alcaldesa", W_TITLE},
    {"all", W_FUNC},
    {"along", W_FUNC},
    {"already", W_FUNC},
    {"also", W_FUNC},
    {"although", W_FUNC},
    {"am", W_FUNC},
    {"ambassador", W_TITLE},
    {"among", W_FUNC},
    {"an", W_FUNC},
    {"analyst", W_ROLE | W_TITLE},
    {"analysts", W_ROLE},
    {"and", W_FUNC},
    {"another", W_FUNC},
    {"any", W_FUNC},
    {"août", W_TIME},
    {"app", W_PRODUCT_KIND},
    {"application", W_PRODUCT_KIND},
    {"apr", W_TIME},
    {"april", W_TIME},
    {"archbishop", W_TITLE},
    {"are", W_FUNC},
    {"arena", W_LOC_END},
    {"army", W_ORG_END},
    {"around", W_FUNC},
    {"artist", W_TITLE},
    {"as", W_FUNC | W_RENAME},
    {"asa", W_ORG_END},
    {"assembly", W_ORG_END},
    {"associates", W_ORG_CUE},
    {"association", W_ORG_END},
    {"assurance", W_ORG_CUE},
    {"at", W_FUNC},
    {"attorney", W_TITLE},
    {"au", W_FUNC},
    {"auf", W_FUNC},
    {"aug", W_TIME},
    {"august", W_TIME},
    {"aus", W_FUNC | W_LOC_PREP},
    {"author", W_TITLE},
    {"authority", W_ORG_END},
    {"automaker", W_ORG_KIND},
    {"automotive", W_ORG_CUE},
    {"aux", W_FUNC},
    {"avec", W_FUNC},
    {"avenue", W_LOC_END},
    {"average", W_FIN},
    {"averages", W_FIN},
    {"avril", W_TIME},
    {"bancorp", W_ORG_CUE},
    {"bancshares", W_ORG_CUE},
    {"bank", W_ORG_CUE | W_ORG_END | W_ORG_KIND},
    {"bay", W_LOC_END},
    {"be", W_FUNC},
    {"beach", W_LOC_END},
    {"because", W_FUNC},
    {"been", W_FUNC},
    {"before", W_FUNC},
    {"behind", W_FUNC},
    {"bei", W_FUNC},
    {"being", W_FUNC},
    {"below", W_FUNC},
    {"benchmark", W_FIN},
    {"beneath", W_FUNC},
    {"beside", W_FUNC},
    {"between", W_FUNC},
    {"beyond", W_FUNC},
    {"bishop", W_TITLE},
    {"blog", W_PRODUCT_KIND},
    {"board", W_ORG_END},
    {"boss", W_ROLE | W_TITLE},
    {"both", W_FUNC},
    {"boulevard", W_LOC_END},
    {"brands", W_ORG_CUE},
    {"bridge", W_LOC_END},
    {"broadcaster", W_ORG_KIND},
    {"broadcasting", W_ORG_END},
    {"brokerage", W_ORG_KIND},
    {"brothers", W_ORG_END},
    {"browser", W_PRODUCT_KIND},
    {"bureau", W_ORG_END},
    {"but", W_FUNC},
    {"bv", W_ORG_END},
    {"by", W_FUNC | W_RENAME},
    {"bürgermeister", W_TITLE},
    {"called", W_RENAME},
    {"can", W_FUNC},
    {"canal", W_LOC_END},
    {"candidate", W_TITLE},
    {"capital", W_ORG_CUE},
    {"capt", W_TITLE},
    {"captain", W_TITLE},
    {"car", W_PRODUCT},
    {"cardinal", W_TITLE},
    {"carmaker", W_ORG_KIND},
    {"carrier", W_ORG_KIND},
    {"cars", W_PRODUCT},
    {"cd", W_ABBR},
    {"cds", W_ABBR},
    {"ce", W_FUNC},
    {"center", W_DIR | W_LOC_END},
    {"central", W_DIR | W_ORG_CUE},
    {"centre", W_DIR | W_LOC_END},
    {"ceo", W_ROLE | W_TITLE},
    {"ces", W_FUNC},
    {"cette", W_FUNC},
    {"cfo", W_ROLE | W_TITLE},
    {"chair", W_TITLE},
    {"chairman", W_ROLE | W_TITLE},
    {"chairperson", W_TITLE},
    {"chairwoman", W_ROLE | W_TITLE},
    {"championship", W_EVENT},
    {"championships", W_EVENT},
    {"chancellor", W_TITLE},
    {"channel", W_ORG_END},
    {"chemical", W_ORG_CUE},
    {"chemicals", W_ORG_CUE},
    {"chez", W_FUNC},
    {"chief", W_ROLE | W_TITLE},
    {"chipmaker", W_ORG_KIND},
    {"christmas", W_TIME},
    {"church", W_ORG_END},
    {"city", W_LOC_END},
    {"client", W_PRODUCT_KIND},
    {"club", W_ORG_END},
    {"co", W_ORG_END},
    {"co-founder", W_ROLE | W_TITLE},
    {"coach", W_TITLE},
    {"coast", W_LOC_END},
    {"codename", W_PRODUCT_KIND},
    {"cofounder", W_TITLE},
    {"col", W_TITLE},
    {"college", W_ORG_END},
    {"colonel", W_TITLE},
    {"commander", W_TITLE},
    {"commission", W_ORG_END},
    {"commissioner", W_TITLE},
    {"committee", W_ORG_END},
    {"communications", W_ORG_CUE},
    {"como", W_FUNC},
    {"companies", W_ORG_END},
    {"company", W_ORG_END | W_ORG_KIND},
    {"composite", W_FIN},
    {"computer", W_ORG_CUE | W_PRODUCT},
    {"computers", W_ORG_CUE | W_PRODUCT},
    {"con", W_FUNC},
    {"conference", W_EVENT},
    {"conglomerate", W_ORG_KIND},
    {"congress", W_ORG_END},
    {"congressman", W_TITLE},
    {"congresswoman", W_TITLE},
    {"console", W_PRODUCT_KIND},
    {"consortium", W_ORG_KIND},
    {"consulting", W_ORG_CUE},
    {"coo", W_ROLE | W_TITLE},
    {"corp", W_ORG_END},
    {"corporation", W_ORG_END},
    {"corps", W_ORG_CUE},
    {"could", W_FUNC},
    {"council", W_ORG_END},
    {"county", W_LOC_END},
    {"coupe", W_PRODUCT},
    {"court", W_ORG_END},
    {"cto", W_ROLE | W_TITLE},
    {"cuando", W_FUNC},
    {"da", W_CONNECT},
    {"daily", W_ORG_KIND},
    {"dame", W_TITLE},
    {"dans", W_FUNC},
    {"das", W_FUNC},
    {"day", W_TIME},
    {"days", W_TIME},
    {"de", W_CONNECT},
    {"dec", W_TIME},
    {"december", W_TIME},
    {"del", W_CONNECT | W_FUNC},
    {"dem", W_FUNC},
    {"den", W_FUNC},
    {"department", W_ORG_END},
    {"depuis", W_FUNC},
    {"deputy", W_TITLE},
    {"der", W_CONNECT | W_FUNC},
    {"des", W_CONNECT | W_FUNC},
    {"desde", W_FUNC | W_LOC_PREP},
    {"desert", W_LOC_END},
    {"despite", W_FUNC},
    {"detective", W_TITLE},
    {"device", W_PRODUCT},
    {"devices", W_PRODUCT},
    {"dezember", W_TIME},
    {"di", W_CONNECT},
    {"diciembre", W_TIME},
    {"did", W_FUNC},
    {"die", W_FUNC},
    {"dienstag", W_TIME},
    {"dimanche", W_TIME},
    {"director", W_ROLE | W_TITLE},
    {"district", W_LOC_END},
    {"division", W_ROLE},
    {"do", W_FUNC},
    {"does", W_FUNC},
    {"dollar", W_CURRENCY},
    {"dollars", W_CURRENCY},
    {"domingo", W_TIME},
    {"don", W_TITLE},
    {"donde", W_FUNC},
    {"donnerstag", W_TIME},
    {"doña", W_TITLE},
    {"dr", W_TITLE},
    {"du", W_CONNECT | W_FUNC},
    {"during", W_FUNC},
    {"dvd", W_ABBR},
    {"dvds", W_ABBR},
    {"dynamics", W_ORG_CUE},
    {"décembre", W_TIME},
    {"each", W_FUNC},
    {"earlier", W_FUNC},
    {"earnings", W_ROLE},
    {"east", W_DIR},
    {"easter", W_TIME},
    {"eastern", W_DIR},
    {"economist", W_TITLE},
    {"edition", W_PRODUCT_KIND},
    {"editor", W_TITLE},
    {"ein", W_FUNC},
    {"eine", W_FUNC},
    {"einem", W_FUNC},
    {"einen", W_FUNC},
    {"einer", W_FUNC},
    {"either", W_FUNC},
    {"el", W_FUNC},
    {"electric", W_ORG_CUE},
    {"electronics", W_ORG_CUE},
    {"elle", W_FUNC},
    {"elles", W_FUNC},
    {"emperor", W_TITLE},
    {"en", W_FUNC | W_LOC_PREP},
    {"energy", W_ORG_CUE},
    {"enero", W_TIME},
    {"engine", W_PRODUCT},
    {"engines", W_PRODUCT},
    {"enterprises", W_ORG_CUE},
    {"entertainment", W_ORG_CUE},
    {"entre", W_FUNC},
    {"equity", W_ORG_CUE},
    {"er", W_FUNC},
    {"es", W_FUNC},
    {"esa", W_FUNC},
    {"ese", W_FUNC},
    {"eso", W_FUNC},
    {"est", W_FUNC},
    {"esta", W_FUNC},
    {"estas", W_FUNC},
    {"este", W_FUNC},
    {"estos", W_FUNC},
    {"et", W_FUNC},
    {"euro", W_CURRENCY},
    {"euros", W_CURRENCY},
    {"eve", W_TIME},
    {"even", W_FUNC},
    {"every", W_FUNC},
    {"except", W_FUNC},
    {"exchange", W_ORG_END},
    {"executive", W_ROLE | W_TITLE},
    {"executives", W_ROLE},
    {"expo", W_EVENT},
    {"father", W_TITLE},
    {"feb", W_TIME},
    {"febrero", W_TIME},
    {"februar", W_TIME},
    {"february", W_TIME},
    {"federal", W_ORG_CUE},
    {"federation", W_ORG_END},
    {"festival", W_EVENT},
    {"few", W_FUNC},
    {"financial", W_ORG_CUE},
    {"firm", W_ORG_KIND},
    {"following", W_FUNC},
    {"foods", W_ORG_CUE},
    {"for", W_FUNC},
    {"force", W_ORG_CUE},
    {"forces", W_ORG_CUE},
    {"former", W_TITLE},
    {"foundation", W_ORG_END},
    {"founder", W_ROLE | W_TITLE},
    {"franc", W_CURRENCY},
    {"francs", W_CURRENCY},
    {"frau", W_TITLE},
    {"freitag", W_TIME},
    {"friday", W_TIME},
    {"from", W_FUNC | W_LOC_PREP},
    {"fund", W_ORG_END},
    {"furthermore", W_FUNC},
    {"février", W_TIME},
    {"für", W_FUNC},
    {"game", W_PRODUCT_KIND},
    {"games", W_EVENT},
    {"gazette", W_ORG_END},
    {"gdp", W_ABBR},
    {"global", W_ORG_CUE},
    {"gmbh", W_ORG_END},
    {"gmt", W_TIME},
    {"goalkeeper", W_TITLE},
    {"gov", W_TITLE},
    {"governor", W_TITLE},
    {"gps", W_ABBR},
    {"group", W_ORG_END},
    {"guard", W_ORG_CUE},
    {"gulf", W_LOC_END},
    {"had", W_FUNC},
    {"handset", W_PRODUCT | W_PRODUCT_KIND},
    {"handsets", W_PRODUCT},
    {"harbor", W_LOC_END},
    {"harbour", W_LOC_END},
    {"has", W_FUNC},
    {"hasta", W_FUNC},
    {"have", W_FUNC},
    {"hd", W_ABBR},
    {"he", W_FUNC},
    {"head", W_ROLE | W_TITLE},
    {"healthcare", W_ORG_CUE},
    {"heights", W_LOC_END},
    {"hence", W_FUNC},
    {"her", W_FUNC},
    {"herald", W_ORG_END},
    {"here", W_FUNC},
    {"herr", W_TITLE},
    {"hills", W_LOC_END},
    {"him", W_FUNC},
    {"his", W_FUNC},
    {"holding", W_ORG_END},
    {"holdings", W_ORG_CUE | W_ORG_END},
    {"hospital", W_ORG_END},
    {"hotels", W_ORG_CUE},
    {"how", W_FUNC},
    {"however", W_FUNC},
    {"hybrid", W_PRODUCT | W_PRODUCT_KIND},
    {"hybrids", W_PRODUCT},
    {"i", W_FUNC},
    {"ich", W_FUNC},
    {"if", W_FUNC},
    {"il", W_FUNC},
    {"ils", W_FUNC},
    {"im", W_FUNC},
    {"in", W_FUNC | W_LOC_PREP},
    {"inc", W_ORG_END},
    {"incorporated", W_ORG_END},
    {"indeed", W_FUNC},
    {"index", W_FIN},
    {"indexes", W_FIN},
    {"indices", W_FIN},
    {"industries", W_ORG_END},
    {"inside", W_FUNC | W_LOC_PREP},
    {"inspector", W_TITLE},
    {"instead", W_FUNC},
    {"institute", W_ORG_END},
    {"institution", W_ORG_END},
    {"instruments", W_ORG_CUE},
    {"insurance", W_ORG_CUE},
    {"insurer", W_ORG_KIND},
    {"international", W_ORG_CUE},
    {"into", W_FUNC},
    {"investments", W_ORG_CUE},
    {"ipo", W_ABBR},
    {"ipos", W_ABBR},
    {"is", W_FUNC},
    {"island", W_LOC_END},
    {"islands", W_LOC_END},
    {"ist", W_FUNC},
    {"it", W_FUNC},
    {"its", W_FUNC},
    {"jan", W_TIME},
    {"januar", W_TIME},
    {"january", W_TIME},
    {"janvier", W_TIME},
    {"jet", W_PRODUCT},
    {"jetliner", W_PRODUCT},
    {"jetliners", W_PRODUCT},
    {"jets", W_PRODUCT},
    {"jeudi", W_TIME},
    {"journal", W_ORG_END},
    {"journalist", W_TITLE},
    {"judge", W_TITLE},
    {"jueves", W_TIME},
    {"juillet", W_TIME},
    {"juin", W_TIME},
    {"jul", W_TIME},
    {"juli", W_TIME},
    {"julio", W_TIME},
    {"july", W_TIME},
    {"jun", W_TIME},
    {"june", W_TIME},
    {"juni", W_TIME},
    {"junio", W_TIME},
    {"just", W_FUNC},
    {"justice", W_TITLE},
    {"kanzler", W_TITLE},
    {"kanzlerin", W_TITLE},
    {"kg", W_ORG_END},
    {"king", W_TITLE},
    {"la", W_CONNECT | W_FUNC},
    {"laboratories", W_ORG_END},
    {"labs", W_ORG_END},
    {"lady", W_TITLE},
    {"lake", W_LOC_END},
    {"laptop", W_PRODUCT | W_PRODUCT_KIND},
    {"laptops", W_PRODUCT},
    {"las", W_FUNC},
    {"last", W_FUNC},
    {"later", W_FUNC},
    {"lawyer", W_TITLE},
    {"lcd", W_ABBR},
    {"le", W_CONNECT | W_FUNC},
    {"leader", W_TITLE},
    {"league", W_ORG_END},
    {"lender", W_ORG_KIND},
    {"les", W_FUNC},
    {"lieutenant", W_TITLE},
    {"limited", W_ORG_END},
    {"lite", W_MODEL_END},
    {"llc", W_ORG_END},
    {"llp", W_ORG_END},
    {"lo", W_FUNC},
    {"logistics", W_ORG_CUE},
    {"lord", W_TITLE},
    {"los", W_FUNC},
    {"lower", W_DIR},
    {"lp", W_ORG_END},
    {"lt", W_TITLE},
    {"ltd", W_ORG_END},
    {"lundi", W_TIME},
    {"lunes", W_TIME},
    {"madam", W_TITLE},
    {"madame", W_TITLE},
    {"magazine", W_ORG_END | W_ORG_KIND},
    {"mai", W_TIME},
    {"maire", W_TITLE},
    {"mais", W_FUNC},
    {"maker", W_ORG_KIND},
    {"management", W_ORG_CUE},
    {"manager", W_ROLE | W_TITLE},
    {"manufacturer", W_ORG_KIND},
    {"many", W_FUNC},
    {"mar", W_TIME},
    {"march", W_TIME},
    {"mardi", W_TIME},
    {"mars", W_TIME},
    {"martes", W_TIME},
    {"marzo", W_TIME},
    {"max", W_MODEL_END},
    {"may", W_FUNC | W_TIME},
    {"maybe", W_FUNC},
    {"mayo", W_TIME},
    {"mayor", W_TITLE},
    {"me", W_FUNC},
    {"meanwhile", W_FUNC},
    {"media", W_ORG_CUE},
    {"mep", W_TITLE},
    {"mercredi", W_TIME},
    {"metals", W_ORG_CUE},
    {"microsystems", W_ORG_CUE},
    {"middle", W_DIR},
    {"might", W_FUNC},
    {"mine", W_FUNC},
    {"minerals", W_ORG_CUE},
    {"mini", W_MODEL_END},
    {"mining", W_ORG_CUE},
    {"minister", W_TITLE},
    {"ministerin", W_TITLE},
    {"ministra", W_TITLE},
    {"ministre", W_TITLE},
    {"ministro", W_TITLE},
    {"ministry", W_ORG_END},
    {"minivan", W_PRODUCT},
    {"miss", W_TITLE},
    {"mit", W_FUNC},
    {"mittwoch", W_TIME},
    {"miércoles", W_TIME},
    {"mlle", W_TITLE},
    {"mme", W_TITLE},
    {"model", W_PRODUCT | W_PRODUCT_KIND},
    {"models", W_PRODUCT},
    {"monday", W_TIME},
    {"monsieur", W_TITLE},
    {"montag", W_TIME},
    {"month", W_TIME},
    {"more", W_FUNC},
    {"moreover", W_FUNC},
    {"most", W_FUNC},
    {"motor", W_ORG_CUE | W_ORG_END},
    {"motors", W_ORG_CUE | W_ORG_END},
    {"mount", W_LOC_END},
    {"mountain", W_LOC_END},
    {"mountains", W_LOC_END},
    {"mp", W_TITLE},
    {"mr", W_TITLE},
    {"mrs", W_TITLE},
    {"ms", W_TITLE},
    {"much", W_FUNC},
    {"musician", W_TITLE},
    {"must", W_FUNC},
    {"mutual", W_ORG_CUE},
    {"mx", W_TITLE},
    {"my", W_FUNC},
    {"märz", W_TIME},
    {"nach", W_FUNC | W_LOC_PREP},
    {"nano", W_MODEL_END},
    {"national", W_ORG_CUE},
    {"navy", W_ORG_END},
    {"near", W_FUNC | W_LOC_PREP},
    {"neither", W_FUNC},
    {"network", W_ORG_END},
    {"networks", W_ORG_CUE},
    {"nevertheless", W_FUNC},
    {"news", W_ORG_END},
    {"newspaper", W_ORG_END | W_ORG_KIND},
    {"next", W_FUNC},
    {"night", W_TIME},
    {"no", W_FUNC},
    {"nor", W_FUNC},
    {"north", W_DIR},
    {"north-east", W_DIR},
    {"north-west", W_DIR},
    {"northeast", W_DIR},
    {"northern", W_DIR},
    {"northwest", W_DIR},
    {"not", W_FUNC},
    {"notebook", W_PRODUCT_KIND},
    {"nous", W_FUNC},
    {"nov", W_TIME},
    {"november", W_TIME},
    {"novembre", W_TIME},
    {"noviembre", W_TIME},
    {"now", W_FUNC},
    {"nv", W_ORG_END},
    {"o", W_FUNC},
    {"ocean", W_LOC_END},
    {"oct", W_TIME},
    {"october", W_TIME},
    {"octobre", W_TIME},
    {"octubre", W_TIME},
    {"oder", W_FUNC},
    {"of", W_CONNECT | W_FUNC},
    {"off", W_FUNC},
    {"office", W_ORG_END},
    {"officer", W_TITLE},
    {"officials", W_ROLE},
    {"oil", W_ORG_CUE},
    {"oktober", W_TIME},
    {"olympics", W_EVENT},
    {"on", W_FUNC},
    {"once", W_FUNC},
    {"only", W_FUNC},
    {"onto", W_FUNC},
    {"or", W_FUNC},
    {"organisation", W_ORG_END},
    {"organization", W_ORG_END},
    {"other", W_FUNC},
    {"otherwise", W_FUNC},
    {"ou", W_FUNC},
    {"our", W_FUNC},
    {"out", W_FUNC},
    {"outside", W_FUNC | W_LOC_PREP},
    {"over", W_FUNC},
    {"own", W_FUNC},
    {"oyj", W_ORG_END},
    {"para", W_FUNC},
    {"park", W_LOC_END},
    {"parliament", W_ORG_END},
    {"partners", W_ORG_END},
    {"party", W_ORG_END},
    {"past", W_FUNC},
    {"pc", W_ABBR},
    {"pcs", W_ABBR},
    {"pdf", W_ABBR},
    {"peninsula", W_LOC_END},
    {"perhaps", W_FUNC},
    {"pero", W_FUNC},
    {"peso", W_CURRENCY},
    {"pesos", W_CURRENCY},
    {"petroleum", W_ORG_CUE},
    {"pharma", W_ORG_CUE},
    {"pharmaceutical", W_ORG_CUE},
    {"pharmaceuticals", W_ORG_CUE},
    {"phone", W_PRODUCT},
    {"phones", W_PRODUCT},
    {"pictures", W_ORG_END},
    {"plane", W_PRODUCT},
    {"planes", W_PRODUCT},
    {"player", W_TITLE | W_PRODUCT},
    {"players", W_PRODUCT},
    {"plaza", W_LOC_END},
    {"plc", W_ORG_END},
    {"plus", W_MODEL_END},
    {"police", W_ORG_END},
    {"pope", W_TITLE},
    {"por", W_FUNC},
    {"post", W_ORG_END},
    {"pound", W_CURRENCY},
    {"pounds", W_CURRENCY},
    {"pour", W_FUNC},
    {"premier", W_TITLE},
    {"president", W_ROLE | W_TITLE},
    {"presidenta", W_TITLE},
    {"presidente", W_TITLE},
    {"press", W_ORG_END},
    {"prime", W_TITLE},
    {"prince", W_TITLE},
    {"princess", W_TITLE},
    {"pro", W_MODEL_END},
    {"prof", W_TITLE},
    {"professor", W_TITLE},
    {"profit", W_ROLE},
    {"profits", W_ROLE},
    {"program", W_PRODUCT_KIND},
    {"properties", W_ORG_CUE},
    {"prosecutor", W_TITLE},
    {"province", W_LOC_END},
    {"präsident", W_TITLE},
    {"präsidentin", W_TITLE},
    {"président", W_TITLE},
    {"présidente", W_TITLE},
    {"publisher", W_ORG_KIND},
    {"que", W_FUNC},
    {"queen", W_TITLE},
    {"qui", W_FUNC},
    {"radio", W_ORG_END},
    {"railroad", W_ORG_CUE},
    {"railway", W_ORG_CUE},
    {"railways", W_ORG_CUE},
    {"rapper", W_TITLE},
    {"ratings", W_ORG_CUE},
    {"realty", W_ORG_CUE},
    {"records", W_ORG_END},
    {"region", W_LOC_END},
    {"regulator", W_ORG_KIND},
    {"reinsurance", W_ORG_CUE},
    {"rep", W_TITLE},
    {"reporter", W_TITLE},
    {"representative", W_TITLE},
    {"research", W_ORG_CUE},
    {"reserve", W_ORG_CUE},
    {"resorts", W_ORG_CUE},
    {"restaurants", W_ORG_CUE},
    {"retailer", W_ORG_KIND},
    {"rev", W_TITLE},
    {"revenue", W_ROLE},
    {"revenues", W_ROLE},
    {"reverend", W_TITLE},
    {"river", W_LOC_END},
    {"road", W_LOC_END},
    {"royal", W_ORG_CUE},
    {"rupee", W_CURRENCY},
    {"rupees", W_CURRENCY},
    {"sa", W_ORG_END},
    {"sales", W_ROLE},
    {"same", W_FUNC},
    {"samedi", W_TIME},
    {"samstag", W_TIME},
    {"sans", W_FUNC},
    {"saturday", W_TIME},
    {"school", W_ORG_END},
    {"se", W_FUNC | W_ORG_END},
    {"sea", W_LOC_END},
    {"secretary", W_TITLE},
    {"securities", W_ORG_END},
    {"sedan", W_PRODUCT | W_PRODUCT_KIND},
    {"sedans", W_PRODUCT},
    {"según", W_FUNC},
    {"selon", W_FUNC},
    {"semiconductor", W_ORG_CUE},
    {"semiconductors", W_ORG_CUE},
    {"sen", W_TITLE},
    {"senate", W_ORG_END},
    {"senator", W_TITLE},
    {"sep", W_TIME},
    {"sept", W_TIME},
    {"september", W_TIME},
    {"septembre", W_TIME},
    {"septiembre", W_TIME},
    {"sergeant", W_TITLE},
    {"service", W_ORG_END},
    {"services", W_ORG_END},
    {"several", W_FUNC},
    {"señor", W_TITLE},
    {"señora", W_TITLE},
    {"sgt", W_TITLE},
    {"shall", W_FUNC},
    {"shareholders", W_ROLE},
    {"shares", W_ROLE},
    {"she", W_FUNC},
    {"sheriff", W_TITLE},
    {"shipping", W_ORG_CUE},
    {"should", W_FUNC},
    {"show", W_EVENT},
    {"sie", W_FUNC},
    {"sin", W_FUNC},
    {"since", W_FUNC},
    {"sind", W_FUNC},
    {"singer", W_TITLE},
    {"sir", W_TITLE},
    {"sister", W_TITLE},
    {"smartphone", W_PRODUCT_KIND},
    {"so", W_FUNC},
    {"sobre", W_FUNC},
    {"society", W_ORG_END},
    {"software", W_ORG_CUE | W_PRODUCT | W_PRODUCT_KIND},
    {"solutions", W_ORG_CUE},
    {"some", W_FUNC},
    {"sonntag", W_TIME},
    {"sont", W_FUNC},
    {"sous", W_FUNC},
    {"south", W_DIR},
    {"south-east", W_DIR},
    {"south-west", W_DIR},
    {"southeast", W_DIR},
    {"southern", W_DIR},
    {"southwest", W_DIR},
    {"spa", W_ORG_END},
    {"spokesman", W_ROLE | W_TITLE},
    {"spokesperson", W_ROLE | W_TITLE},
    {"spokeswoman", W_ROLE | W_TITLE},
    {"square", W_LOC_END},
    {"sr", W_TITLE},
    {"sra", W_TITLE},
    {"stadium", W_LOC_END},
    {"stake", W_ROLE},
    {"star", W_TITLE},
    {"startup", W_ORG_KIND},
    {"state", W_LOC_END},
    {"steel", W_ORG_CUE},
    {"still", W_FUNC},
    {"stock", W_ROLE},
    {"stockholders", W_ROLE},
    {"stores", W_ORG_CUE},
    {"strait", W_LOC_END},
    {"street", W_LOC_END},
    {"striker", W_TITLE},
    {"studios", W_ORG_END},
    {"su", W_FUNC},
    {"subsidiary", W_ROLE},
    {"such", W_FUNC},
    {"summit", W_EVENT},
    {"sunday", W_TIME},
    {"supplier", W_ORG_KIND},
    {"sur", W_FUNC},
    {"sus", W_FUNC},
    {"suv", W_ABBR},
    {"suvs", W_ABBR},
    {"system", W_PRODUCT_KIND},
    {"systems", W_ORG_END},
    {"sábado", W_TIME},
    {"tablet", W_PRODUCT_KIND},
    {"technologies", W_ORG_END},
    {"technology", W_ORG_END},
    {"telecom", W_ORG_CUE},
    {"telecommunications", W_ORG_CUE},
    {"than", W_FUNC},
    {"that", W_FUNC},
    {"the", W_CONNECT | W_FUNC},
    {"theater", W_LOC_END},
    {"theatre", W_LOC_END},
    {"their", W_FUNC},
    {"them", W_FUNC},
    {"then", W_FUNC},
    {"there", W_FUNC},
    {"therefore", W_FUNC},
    {"these", W_FUNC},
    {"they", W_FUNC},
    {"this", W_FUNC},
    {"those", W_FUNC},
    {"though", W_FUNC},
    {"through", W_FUNC},
    {"throughout", W_FUNC | W_LOC_PREP},
    {"thursday", W_TIME},
    {"thus", W_FUNC},
    {"till", W_FUNC},
    {"times", W_ORG_END},
    {"to", W_FUNC | W_RENAME},
    {"today", W_FUNC},
    {"tomorrow", W_FUNC},
    {"tonight", W_FUNC},
    {"toward", W_FUNC | W_LOC_PREP},
    {"towards", W_FUNC | W_LOC_PREP},
    {"town", W_LOC_END},
    {"treasurer", W_TITLE},
    {"tribune", W_ORG_END},
    {"truck", W_PRODUCT},
    {"trucks", W_PRODUCT},
    {"trust", W_ORG_END},
    {"tuesday", W_TIME},
    {"tv", W_ABBR},
    {"ultra", W_MODEL_END},
    {"un", W_FUNC},
    {"una", W_FUNC},
    {"unas", W_FUNC},
    {"und", W_FUNC},
    {"under", W_FUNC},
    {"une", W_FUNC},
    {"union", W_ORG_END},
    {"unit", W_ROLE},
    {"united", W_ORG_CUE},
    {"university", W_ORG_END},
    {"unless", W_FUNC},
    {"unos", W_FUNC},
    {"unter", W_FUNC},
    {"until", W_FUNC},
    {"up", W_FUNC},
    {"upon", W_FUNC},
    {"upper", W_DIR},
    {"us", W_FUNC},
    {"usb", W_ABBR},
    {"utc", W_TIME},
    {"valley", W_LOC_END},
    {"van", W_CONNECT},
    {"vehicle", W_PRODUCT},
    {"vehicles", W_PRODUCT},
    {"vendredi", W_TIME},
    {"ventures", W_ORG_CUE},
    {"version", W_PRODUCT_KIND},
    {"via", W_FUNC},
    {"vice", W_TITLE},
    {"vice-president", W_TITLE},
    {"viernes", W_TIME},
    {"village", W_LOC_END},
    {"vom", W_FUNC},
    {"von", W_CONNECT},
    {"vor", W_FUNC},
    {"vous", W_FUNC},
    {"war", W_FUNC},
    {"was", W_FUNC},
    {"we", W_FUNC},
    {"wednesday", W_TIME},
    {"week", W_TIME},
    {"weekend", W_TIME},
    {"were", W_FUNC},
    {"west", W_DIR},
    {"western", W_DIR},
    {"what", W_FUNC},
    {"when", W_FUNC},
    {"where", W_FUNC},
    {"whether", W_FUNC},
    {"which", W_FUNC},
    {"while", W_FUNC},
    {"who", W_FUNC},
    {"whom", W_FUNC},
    {"whose", W_FUNC},
    {"why", W_FUNC},
    {"will", W_FUNC},
    {"wir", W_FUNC},
    {"wireless", W_ORG_CUE},
    {"with", W_FUNC},
    {"within", W_FUNC},
    {"without", W_FUNC},
    {"would", W_FUNC},
    {"writer", W_TITLE},
    {"wurde", W_FUNC},
    {"y", W_CONNECT | W_FUNC},
    {"year", W_TIME},
    {"years", W_TIME},
    {"yen", W_CURRENCY},
    {"yes", W_FUNC},
    {"yesterday", W_FUNC},
    {"yet", W_FUNC},
    {"you", W_FUNC},
    {"your", W_FUNC},
    {"yuan", W_CURRENCY},
    {"zum", W_FUNC},
    {"zur", W_FUNC},
    {"à", W_FUNC | W_LOC_PREP},
    {"était", W_FUNC},
    {"über", W_FUNC},
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp(key, ((const struct word *)elem)->w);
}

unsigned entity_word_class(const char *s, size_t n)
{
    char low[64];
    const struct word *w;
    size_t pos = 0, o = 0;

    if (n == 0 || n >= 32)
        return 0;
    /* Lower-case code point by code point, so "ÉTAT" and "Präsident" are found too. */
    while (pos < n) {
        int32_t cp = utf8_next_fast(s, n, &pos);
        if (cp < 0 || o + 4 >= sizeof(low))
            return 0;
        if (cp < 0x80) {
            low[o++] = (char)((cp >= 'A' && cp <= 'Z') ? cp - 'A' + 'a' : cp);
            continue;
        }
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)low + o);
    }
    low[o] = '\0';
    w = bsearch(low, words, sizeof(words) / sizeof(words[0]), sizeof(words[0]), cmp_word);
    return w ? w->cls : 0;
}

bool entity_words_sorted(void)
{
    size_t i;

    for (i = 1; i < sizeof(words) / sizeof(words[0]); i++) {
        if (strcmp(words[i - 1].w, words[i].w) >= 0)
            return false;
    }
    return true;
}

uint64_t entity_hash_lower(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

/* Letter case of a code point: 'U' upper, 'l' lower, 'o' other letter, 'd' digit, 0 none. */
static char char_kind(int32_t cp)
{
    utf8proc_category_t c;

    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return 'U';
        if (cp >= 'a' && cp <= 'z')
            return 'l';
        return (cp >= '0' && cp <= '9') ? 'd' : 0;
    }
    c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
        return 'U';
    if (c == UTF8PROC_CATEGORY_LL)
        return 'l';
    if (c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
        c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND)
        return 'o';
    return 0;
}

/* Scanner state of `entity_tokenize`. */
struct tk_scan {
    const char *s;
    size_t len, pos, cp; /* byte and code-point position */
    bool pending_sent, pending_break;
    bool prev_cap; /* the word before was capitalised */
};

static int32_t peek(const struct tk_scan *sc, size_t *next)
{
    *next = sc->pos;
    if (sc->pos >= sc->len)
        return -1;
    return utf8_next_fast(sc->s, sc->len, next);
}

/*
 * Whether `.` right after token `t` ends a sentence: not after an initial
 * ("W."), dotted initials ("U.S.") or a short title or company abbreviation
 * ("Mr.", "Inc."), and only when what follows is not a lower-case word.
 */
static bool period_ends_sentence(const struct tk_scan *sc, const struct ent_tok *t)
{
    size_t n = t->end - t->start, p = t->end + 1;

    /* A decimal point ("120.5") ends nothing. */
    if ((t->flags & TK_DOTTED) || (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9'))
        return false;
    if (n == 1 && (t->flags & TK_CAP))
        return false;
    if (n <= 4 && (entity_word_class(sc->s + t->start, n) & (W_TITLE | W_ORG_END)))
        return false;
    while (p < sc->len && sc->s[p] == ' ')
        p++;
    return !(p < sc->len && sc->s[p] >= 'a' && sc->s[p] <= 'z');
}

/* Notes punctuation between tokens: sentence ends, line breaks, other breaks. */
static void skip_gap(struct tk_scan *sc, const struct ent_tok *prev)
{
    size_t next;
    int32_t cp, last = 0, prev_cp = 0; /* the last non-space and the last character of the gap */

    while ((cp = peek(sc, &next)) >= 0 && char_kind(cp) == 0) {
        if (cp == '\n' || cp == '!' || cp == '?')
            sc->pending_sent = true;
        /* A quotation opened after ", " or ": " starts a quoted sentence: saying, "Stop". */
        else if ((cp == '"' || cp == 0x201C) && (last == ',' || last == ':') && prev_cp == ' ')
            sc->pending_sent = true;
        else if (cp == '.' && prev != NULL && sc->pos == prev->end &&
                 period_ends_sentence(sc, prev))
            sc->pending_sent = true;
        if (cp != ' ' && cp != '\t' && cp != 0xA0) {
            sc->pending_break = true;
            last = cp;
        }
        prev_cp = cp;
        sc->pos = next;
        sc->cp++;
    }
}

/* Whether `cp` joins letters inside one word: Wal-Mart, O'Leary, AT&T. */
static bool is_joiner(int32_t cp)
{
    return cp == '-' || cp == '\'' || cp == 0x2019 || cp == '&';
}

static bool ascii_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Length of dotted initials at `p` ("U.S.", "N.V."), 0 when there are none. */
static size_t dotted_len(const char *s, size_t len, size_t p)
{
    size_t q = p;

    while (q + 1 < len && ascii_upper(s[q]) && s[q + 1] == '.')
        q += 2;
    return q - p >= 4 ? q - p : 0;
}

/* Kind of the code point at byte `p` (0 past the end). */
static char kind_at(const char *s, size_t len, size_t p)
{
    if (p >= len)
        return 0;
    return char_kind(utf8_next_fast(s, len, &p));
}

/* Whether a contraction suffix ("m", "d", "ll", "re", "ve", "t") starts at `p`. */
static bool contraction(const char *s, size_t len, size_t p)
{
    static const char *const sfx[] = {"m", "d", "ll", "re", "ve", "t", NULL};
    size_t i, n;

    for (i = 0; sfx[i] != NULL; i++) {
        n = strlen(sfx[i]);
        if (p + n <= len && memcmp(s + p, sfx[i], n) == 0 && kind_at(s, len, p + n) == 0)
            return true;
    }
    return false;
}

/*
 * Whether a lower-case word starts at `p` and ends the compound ("based"
 * in "Detroit-based"), not one that joins two names ("sur" in
 * "Montclair-sur-Vesse").
 */
static bool lower_tail(const char *s, size_t len, size_t p)
{
    if (kind_at(s, len, p) != 'l')
        return false;
    while (p < len && s[p] >= 'a' && s[p] <= 'z')
        p++;
    return p >= len || s[p] != '-';
}

/* Whether `s` starts with `p` (case-blind for the first letter); advances `*i` past it. */
static bool take(const char *s, size_t n, size_t *i, const char *p)
{
    size_t k = strlen(p), j;

    if (*i + k > n)
        return false;
    for (j = 0; j < k; j++)
        if ((s[*i + j] | 0x20) != p[j])
            return false;
    *i += k;
    return true;
}

/* Takes the longest of the NULL-terminated `opts` at `*i` (they are listed longest first). */
static bool take_one(const char *s, size_t n, size_t *i, const char *const *opts)
{
    for (; *opts != NULL; opts++)
        if (take(s, n, i, *opts))
            return true;
    return false;
}

/*
 * Whether `s[0..n)` is one syllable of romanised Korean: an initial
 * consonant or none, a vowel, a final of k, l, m, n, ng, p or none
 * ("Tae", "ho", "Ji", "won", "Hyun", "Seung"; not "led", "Vosk").
 */
static bool korean_syllable(const char *s, size_t n)
{
    static const char *const initial[] = {"kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n",
                                          "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", NULL};
    static const char *const vowel[] = {"yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe",
                                        "yo", "wo", "we", "wi", "yu", "eu", "ui", "a", "e", "o",
                                        "u", "i", NULL};
    static const char *const final[] = {"ng", "k", "l", "m", "n", "p", NULL};
    size_t i = 0;

    take_one(s, n, &i, initial);
    if (!take_one(s, n, &i, vowel))
        return false;
    take_one(s, n, &i, final);
    return i == n;
}

/*
 * Whether the hyphen before byte `next` joins the two syllables of a given
 * name written the Korean way ("Jung Tae-ho", "Han Ji-won"): a capitalised
 * syllable right after another capitalised word, then a lower-case one
 * that ends the word. "Detroit-based" and "Vosk-led" stay two words.
 */
static bool name_syllables(const struct tk_scan *sc, const struct ent_tok *t, size_t next)
{
    size_t p = next;

    if (!sc->prev_cap || sc->pending_break || sc->pending_sent || sc->pos - t->start > 5 ||
        !(t->flags & TK_CAP))
        return false;
    while (p < sc->len && sc->s[p] >= 'a' && sc->s[p] <= 'z')
        p++;
    return kind_at(sc->s, sc->len, p) == 0 && (p >= sc->len || sc->s[p] != '-') &&
           korean_syllable(sc->s + t->start, sc->pos - t->start) &&
           korean_syllable(sc->s + next, p - next);
}

/*
 * Whether the joiner `cp` (next byte `next`) ends the word `t` instead of
 * joining it: a possessive "'s" (sets TK_POSS and `*poss_end`, the byte
 * after the "s"), a contraction ("I'm", "don't"), a lower-case compound
 * end after a name ("Detroit-based"), or no letter after it.
 */
static bool joiner_ends(const struct tk_scan *sc, struct ent_tok *t, int32_t cp, size_t next,
                        size_t *poss_end)
{
    bool apos = cp == '\'' || cp == 0x2019;

    /* `next` may be the end of the text, which need not be NUL-terminated. */
    if (apos && next < sc->len && (sc->s[next] == 's' || sc->s[next] == 'S') &&
        kind_at(sc->s, sc->len, next + 1) == 0) {
        t->flags |= TK_POSS;
        *poss_end = next + 1;
        return true;
    }
    if (apos && contraction(sc->s, sc->len, next))
        return true;
    if (cp == '-' && (t->flags & TK_CAP) && lower_tail(sc->s, sc->len, next))
        return !name_syllables(sc, t, next);
    return kind_at(sc->s, sc->len, next) == 0;
}

/*
 * Reads one word starting at a letter or digit and fills `t`. A joiner
 * stays inside only between letters; a possessive "'s" ends the word and
 * sets TK_POSS.
 */
static void read_word(struct tk_scan *sc, struct ent_tok *t)
{
    size_t next, upper = 0, lower = 0, d = dotted_len(sc->s, sc->len, sc->pos), poss_end = 0;
    int32_t cp;
    char k;

    t->start = sc->pos;
    t->start_cp = sc->cp;
    t->flags = 0;
    if (d > 0) {
        sc->pos += d;
        sc->cp += d;
        t->flags = TK_CAP | TK_ALLCAPS | TK_DOTTED;
        upper = lower = 0;
    }
    while (d == 0 && (cp = peek(sc, &next)) >= 0) {
        k = char_kind(cp);
        if (k == 0 && (!is_joiner(cp) || joiner_ends(sc, t, cp, next, &poss_end)))
            break;
        if (sc->pos == t->start)
            t->flags |= k == 'U' ? TK_CAP : k == 'l' ? TK_LOWER : k == 'd' ? TK_DIGIT : 0u;
        upper += k == 'U';
        lower += k == 'l';
        if (k == 'd')
            t->flags |= TK_HASDIGIT;
        sc->pos = next;
        sc->cp++;
    }
    t->end = sc->pos;
    t->end_cp = sc->cp;
    /* The "'s" belongs to no token: the word after it follows the name directly. */
    if (poss_end > 0) {
        sc->pos = poss_end;
        sc->cp += 2;
    }
    if (upper >= 2 && lower == 0)
        t->flags |= TK_ALLCAPS;
    if (t->end < sc->len && sc->s[t->end] == '.')
        t->flags |= TK_PERIOD;
    t->lhash = entity_hash_lower(sc->s + t->start, t->end - t->start);
}

enum td_err entity_tokenize(const char *text, size_t len, struct ent_tok **toks, size_t *n,
                            size_t *cap)
{
    struct tk_scan sc = {text, len, 0, 0, true, false, false};
    size_t count = 0;

    for (;;) {
        struct ent_tok *t;
        skip_gap(&sc, count ? &(*toks)[count - 1] : NULL);
        if (sc.pos >= len)
            break;
        if (count == *cap) {
            size_t nc = *cap ? *cap * 2 : 256;
            struct ent_tok *nt = td_realloc(*toks, nc * sizeof(*nt));
            if (nt == NULL)
                return TD_ERR_NOMEM;
            *toks = nt;
            *cap = nc;
        }
        t = &(*toks)[count++];
        read_word(&sc, t);
        sc.prev_cap = (t->flags & TK_CAP) != 0;
        if (sc.pending_sent)
            t->flags |= TK_SENT;
        if (sc.pending_break)
            t->flags |= TK_BREAK;
        sc.pending_sent = sc.pending_break = false;
    }
    *n = count;
    return TD_OK;
}
