package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.convene.ConveneApplication;
import org.convene.directory.Directory;
import org.convene.support.Scenario;
import org.convene.support.TimeMachine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Feeds every page and API endpoint generated bad values (text too long, control characters, other scripts, numbers
 * out of range, dates in the year 99999, ids that do not exist, wrong JSON types, keys given twice, bodies that are not
 * JSON) as people of every role, and holds that none of it is a server error. It runs in a Convene of its own, after
 * the {@link Scenario}, so that ids reach real meetings and actions. The gate's search has a fixed seed; the wider one
 * ({@link #WIDE_SEARCH}, with {@code -Dconvene.fuzz.batch=N} requests a try) is the README's longer fuzz run.
 */
class EveryEndpointFuzzProperties {

    private static final int BATCH = Integer.getInteger("convene.fuzz.batch", 1);
    private static final String GATE_SEED = "20261207";
    /** The tag of searches left out of {@code ./mvnw verify} (pom.xml's {@code convene.excluded-groups}). */
    static final String WIDE_SEARCH = "wide-search";
    private static final List<String> PEOPLE = List.of("cara.chair", "ivan.iro", "mo.manager", "hugo.head", "sam.social", "pat.police",
            "dan.sergeant", "eddie.dsl", "ada.admin", "arthur.auditor");
    private static final Set<Class<?>> NOT_INPUT = Set.of(java.security.Principal.class, org.springframework.ui.Model.class,
            org.springframework.validation.BindingResult.class, org.springframework.web.servlet.mvc.support.RedirectAttributes.class,
            jakarta.servlet.http.HttpServletResponse.class);

    private static ConfigurableApplicationContext convene;
    private static MockMvc mvc;
    private static List<Endpoint> endpoints;
    private static Map<String, String[]> roles;

    @BeforeContainer
    static void start() {
        convene = new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class, Scenario.Configuration.class)
                .properties("server.port=0", "convene.test.own-database=fuzz").run();
        convene.getBean(Scenario.class).build();
        // As Spring Boot's MockMvc does: every filter Convene registers (character encoding, the parameter guard), then security.
        jakarta.servlet.Filter[] filters = convene.getBeansOfType(jakarta.servlet.Filter.class).entrySet().stream()
                .filter(bean -> !bean.getKey().equals("springSecurityFilterChain")).map(Map.Entry::getValue)
                .sorted(org.springframework.core.annotation.AnnotationAwareOrderComparator.INSTANCE).toArray(jakarta.servlet.Filter[]::new);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) convene).addFilters(filters).apply(springSecurity()).build();
        Directory directory = convene.getBean(Directory.class);
        roles = new java.util.HashMap<>();
        PEOPLE.forEach(p -> roles.put(p, directory.personByUsername(p).orElseThrow().roles().stream().map(Enum::name).toArray(String[]::new)));
        endpoints = new ArrayList<>();
        RequestMappingHandlerMapping mapping = convene.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            if (!handler.getValue().getBeanType().getPackageName().startsWith("org.convene")) {
                continue;
            }
            for (String pattern : handler.getKey().getPatternValues()) {
                for (var method : handler.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, handler.getValue()));
                }
            }
        }
        // In one order every run: the handler map's is not, and a seed must draw the same requests each time
        endpoints.sort(java.util.Comparator.comparing((Endpoint e) -> e.pattern()).thenComparing(e -> e.method().name()));
        assertThat(endpoints).hasSizeGreaterThan(50);
    }

    @AfterContainer
    static void stop() {
        convene.close();
    }

    /** The gate's search: the same 700 requests on every run, so that its verdict is the code's, not the draw's. */
    @Property(tries = 700, seed = GATE_SEED)
    void noRequestIsAServerError(@ForAll("requests") List<Request> batch) throws Exception {
        sendEach(batch);
    }

    /**
     * The wider search, outside the gate (README: the longer fuzz): a new seed each run, printed by jqwik when it fails.
     * A seed it fails with is kept, with the fix, as a property of its own beside the gate's.
     */
    @Property(tries = 700)
    @Tag(WIDE_SEARCH)
    void noRequestIsAServerErrorWhateverTheSeed(@ForAll("requests") List<Request> batch) throws Exception {
        sendEach(batch);
    }

    private static void sendEach(List<Request> batch) throws Exception {
        for (Request request : batch) {
            int status;
            try {
                status = mvc.perform(request.build()).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new AssertionError("A server error, " + where(e) + ", for " + request, e);
            }
            assertThat(status).as(request.toString()).isLessThan(500);
        }
    }

    /** The innermost cause, and where in Convene it was thrown. */
    private static String where(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root + " at " + java.util.Arrays.stream(root.getStackTrace()).limit(12).map(StackTraceElement::toString).toList();
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        Arbitrary<Request> one = Arbitraries.integers().between(0, endpoints.size() - 1).flatMap(i -> request(endpoints.get(i)));
        return one.list().ofSize(BATCH);
    }

    private Arbitrary<Request> request(Endpoint endpoint) {
        Arbitrary<String> person = Arbitraries.of(PEOPLE);
        Arbitrary<List<String>> path = Arbitraries.of(0).flatMap(ignored -> {
            List<Arbitrary<String>> parts = endpoint.pathVariables().stream().map(name -> pathValue()).toList();
            return parts.isEmpty() ? Arbitraries.just(List.<String>of()) : combineAll(parts);
        });
        Arbitrary<List<Param>> parameters = parameters(endpoint);
        Arbitrary<String> body = endpoint.body() == null ? Arbitraries.just((String) null) : json(endpoint.body(), 0);
        return net.jqwik.api.Combinators.combine(person, path, parameters, body)
                .as((who, values, params, json) -> new Request(endpoint, who, values, params, json));
    }

    private static <T> Arbitrary<List<T>> combineAll(List<Arbitrary<T>> parts) {
        Arbitrary<List<T>> all = Arbitraries.just(List.of());
        for (Arbitrary<T> part : parts) {
            all = all.flatMap(done -> part.map(next -> {
                List<T> more = new ArrayList<>(done);
                more.add(next);
                return more;
            }));
        }
        return all;
    }

    /** Form or query parameters: the endpoint's own names (some left out), now and then a name it does not know. */
    private Arbitrary<List<Param>> parameters(Endpoint endpoint) {
        List<String> names = new ArrayList<>(endpoint.parameterNames());
        names.add("unexpected");
        List<Arbitrary<Param>> each = names.stream().map(name -> text().list().ofMaxSize(3).map(values -> new Param(name, values))).toList();
        return combineAll(each).map(all -> all.stream().filter(p -> !p.values().isEmpty()).toList());
    }

    /** A parameter sent with one or more values. */
    record Param(String name, List<String> values) {

        @Override
        public String toString() {
            return name + "=" + values.stream().map(v -> v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v)
                    .map(EveryEndpointFuzzProperties::printable).toList();
        }
    }

    private static Arbitrary<String> pathValue() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 60).map(String::valueOf),
                Arbitraries.of("0", "-1", "999999999", "9223372036854775807", "9223372036854775808", "1e3", "abc", "%20", "1.5", "null"));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "0", "-2147483648", "2147483648", "99999999999999999999", "1", "12", "person:1", "agency:2",
                        "person:999999", "agency:x", "PRESENT", "RESTRICTED", "DONE", "true", "31", "2", "99999", "0000", "23:59", "25:61",
                        "2026-02-30", "+999999999-12-31", "<script>alert(1)</script>", "'; drop table meeting; --", "${7*7}", "Zofia Wiśniewska",
                        "ليلى حداد", "王小明", "🧒🏽", "\u0000", "a\u0000b", "\u0007bell", "\uD800", "\uFFFF", "line\r\nbreak"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(30),
                Arbitraries.strings().withChars('x', 'é', '字', '\u0000', '\u001F').ofMinLength(200).ofMaxLength(9000),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    /** A JSON value for a type: usually of the right shape, sometimes null, wrong, missing or malformed. */
    private Arbitrary<String> json(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Arbitrary<String> wrong = Arbitraries.of("null", "true", "\"x\"", "-1", "1e309", "{}", "[]", "\"\\u0000\"", "9223372036854775808", "[null]");
        Arbitrary<String> right;
        if (depth > 4) {
            right = Arbitraries.just("null");
        } else if (raw == String.class) {
            right = text().map(EveryEndpointFuzzProperties::quote);
        } else if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            right = Arbitraries.oneOf(Arbitraries.longs().between(-2, 60).map(String::valueOf), Arbitraries.of("2147483648", "-9223372036854775808", "1.5"));
        } else if (raw == java.time.LocalDate.class) {
            right = Arbitraries.of("\"2026-12-01\"", "\"2027-01-05\"", "\"1000-01-01\"", "\"+99999-01-01\"", "\"2026-13-01\"", "\"yesterday\"").map(s -> s);
        } else if (raw == java.time.Instant.class) {
            right = Arbitraries.of("\"2026-12-01T10:00:00Z\"", "\"2027-01-05T09:30:00Z\"", "\"+99999-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"now\"");
        } else if (raw.isEnum()) {
            right = Arbitraries.oneOf(Arbitraries.of(raw.getEnumConstants()).map(e -> quote(((Enum<?>) e).name())), Arbitraries.of("\"NOPE\"", "\"\""));
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            right = json(element, depth + 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        } else if (raw == Map.class) {
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            right = net.jqwik.api.Combinators.combine(Arbitraries.of("1", "2", "999999", "x", "-1"), json(value, depth + 1)).as((k, v) -> quote(k) + ":" + v)
                    .list().ofMaxSize(3).map(entries -> "{" + String.join(",", entries) + "}");
        } else if (raw.isRecord()) {
            List<Arbitrary<String>> fields = new ArrayList<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.add(Arbitraries.oneOf(Arbitraries.just(""), json(component.getGenericType(), depth + 1).map(v -> quote(component.getName()) + ":" + v),
                        json(component.getGenericType(), depth + 1).map(v -> quote(component.getName()) + ":" + v + "," + quote(component.getName()) + ":" + v)));
            }
            right = combineAll(fields).map(parts -> "{" + String.join(",", parts.stream().filter(p -> !p.isEmpty()).toList()) + "}");
        } else {
            right = wrong;
        }
        Arbitrary<String> value = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, right), net.jqwik.api.Tuple.of(1, wrong));
        return depth == 0 ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, value),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "{", "not json", "{\"a\":", "[" + "[".repeat(3000)))) : value;
    }

    /** Control characters written as escapes, so that a report shows the whole request. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

        List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        Type body() {
            for (Parameter parameter : handler.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    return parameter.getParameterizedType();
                }
            }
            return null;
        }

        /** The names a form or query may send: request parameters, and the components of a bound form record. */
        List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            for (Parameter parameter : handler.getMethod().getParameters()) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                if (param != null) {
                    names.add(!param.value().isEmpty() ? param.value() : !param.name().isEmpty() ? param.name() : parameter.getName());
                } else if (parameter.isAnnotationPresent(ModelAttribute.class) || (parameter.getType().isRecord()
                        && !parameter.isAnnotationPresent(PathVariable.class) && !parameter.isAnnotationPresent(RequestBody.class))) {
                    formNames(parameter.getType(), "", names, 0);
                } else if (!NOT_INPUT.contains(parameter.getType()) && !parameter.isAnnotationPresent(PathVariable.class)
                        && !parameter.isAnnotationPresent(RequestBody.class) && parameter.getType() == String.class) {
                    names.add(parameter.getName());
                }
            }
            return names;
        }

        private static void formNames(Class<?> type, String prefix, List<String> names, int depth) {
            if (!type.isRecord() || depth > 3) {
                return;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String name = prefix + component.getName();
                Class<?> raw = component.getType();
                if (raw.isRecord()) {
                    formNames(raw, name + ".", names, depth + 1);
                } else if (raw == List.class) {
                    Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                    if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                        formNames(elementClass, name + "[0].", names, depth + 1);
                        formNames(elementClass, name + "[299].", names, depth + 1);
                    } else {
                        names.add(name);
                    }
                } else if (raw == Map.class) {
                    Type value = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[1];
                    for (String key : List.of("1", "7", "x", "99999999999999999999")) {
                        if (value instanceof Class<?> valueClass && valueClass.isRecord()) {
                            formNames(valueClass, name + "[" + key + "].", names, depth + 1);
                        } else {
                            names.add(name + "[" + key + "]");
                        }
                    }
                } else {
                    names.add(name);
                }
            }
        }
    }

    record Request(Endpoint endpoint, String person, List<String> pathValues, List<Param> parameters, String json) {

        MockHttpServletRequestBuilder build() {
            String path = endpoint.pattern();
            for (String value : pathValues) {
                path = path.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(path));
            parameters.forEach(parameter -> request.param(parameter.name(), parameter.values().toArray(String[]::new)));
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8));
            }
            return request.with(user(person).roles(roles.get(person))).with(csrf());
        }

        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.pattern() + " as " + person + " path=" + pathValues + " params="
                    + parameters + " body=" + (json == null ? null : printable(json.length() > 300 ? json.substring(0, 300) + "…" : json));
        }
    }
}
