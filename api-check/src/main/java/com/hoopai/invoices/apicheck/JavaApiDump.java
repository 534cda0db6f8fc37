package com.hoopai.invoices.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public Java API of compiled classes as text, one line per type and per public or protected member, in
 * the manner of Kotlin's binary-compatibility validator: committed as a baseline, it is compared line by
 * line with the dump of each new build.
 *
 * <p>Only the given packages and their sub-packages are dumped, never a package with an {@code internal}
 * segment, and only types a caller can reach (public, inside public types). A public class's public members
 * inherited from a non-public superclass are dumped as its own. Classes are loaded without being
 * initialised. Names are short: types of the dumped packages by simple name ({@code
 * InvoicesClient.Builder}), {@code java.lang} by simple name, anything else fully qualified (a type of an
 * {@code internal} package in a public signature shows as such); two dumped types with the same simple name
 * are written with their package from the given root's last segment on ({@code model.Month}). A top-level
 * type's line ends with its package ({@code in com.hoopai.invoices.client}), so moving a type to another
 * package shows as a changed type.
 *
 * <pre>{@code
 * List<String> dump = JavaApiDump.of(Path.of("target/classes"), getClass().getClassLoader(),
 *     List.of("com.hoopai.invoices.api", "com.hoopai.invoices.model", "com.hoopai.invoices.client"));
 * // "type InvoicesApi: public interface in com.hoopai.invoices.api"
 * // "method InvoicesApi.getInvoice(String, String): Invoice"
 * }</pre>
 */
public final class JavaApiDump {

  private final Map<Class<?>, String> names;

  private JavaApiDump(Map<Class<?>, String> names) {
    this.names = names;
  }

  /**
   * Dumps the public API of the classes under a directory.
   *
   * @param classesDir a compiled classes directory ({@code target/classes})
   * @param loader     a class loader that sees those classes and what they refer to
   * @param packages   the packages to dump, with their sub-packages ({@code internal} ones excepted)
   * @return the dump, sorted: each type's line, then its members
   */
  public static List<String> of(Path classesDir, ClassLoader loader, List<String> packages) {
    List<Class<?>> types = new ArrayList<>();
    for (String className : classNames(classesDir)) {
      if (inPackages(className, packages)) {
        Class<?> type = load(className, loader);
        if (reachable(type)) {
          types.add(type);
        }
      }
    }
    JavaApiDump dump = new JavaApiDump(names(types, packages));
    types.sort(Comparator.comparing(dump.names::get));
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types) {
      lines.add(dump.typeLine(type));
      lines.addAll(dump.memberLines(type));
    }
    return List.copyOf(lines);
  }

  private static List<String> classNames(Path classesDir) {
    try (Stream<Path> files = Files.walk(classesDir)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> classesDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
          .map(f -> f.substring(0, f.length() - ".class".length()))
          .filter(n -> !n.endsWith("package-info") && !n.equals("module-info"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + classesDir, e);
    }
  }

  private static boolean inPackages(String className, List<String> packages) {
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "" : className.substring(0, dot);
    if (Arrays.asList(pkg.split("\\.")).contains("internal")) {
      return false;
    }
    return packages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
  }

  private static Class<?> load(String className, ClassLoader loader) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("Cannot load " + className + " to dump its API: " + e, e);
    }
  }

  private static boolean reachable(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      int modifiers = c.getModifiers();
      boolean visible = Modifier.isPublic(modifiers)
          || (c.getDeclaringClass() != null && Modifier.isProtected(modifiers));
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  private static Map<Class<?>, String> names(List<Class<?>> types, List<String> packages) {
    Map<String, Long> simpleCounts = types.stream()
        .collect(Collectors.groupingBy(JavaApiDump::nestedName, Collectors.counting()));
    Map<Class<?>, String> names = new HashMap<>();
    for (Class<?> type : types) {
      String simple = nestedName(type);
      names.put(type, simpleCounts.get(simple) == 1 ? simple : relativeName(type, packages));
    }
    return names;
  }

  /** {@code Outer.Inner}, without the package. */
  private static String nestedName(Class<?> type) {
    return type.getDeclaringClass() == null ? type.getSimpleName()
        : nestedName(type.getDeclaringClass()) + "." + type.getSimpleName();
  }

  private static String relativeName(Class<?> type, List<String> packages) {
    String pkg = type.getPackageName();
    String root = packages.stream().filter(p -> pkg.equals(p) || pkg.startsWith(p + "."))
        .max(Comparator.comparingInt(String::length)).orElse("");
    int cut = root.lastIndexOf('.');
    String relative = cut < 0 ? pkg : pkg.substring(cut + 1);
    return relative + "." + nestedName(type);
  }

  private String typeLine(Class<?> type) {
    StringBuilder line = new StringBuilder("type ").append(names.get(type)).append(typeParameters(type))
        .append(": ");
    int modifiers = type.getModifiers();
    line.append(Modifier.isProtected(modifiers) ? "protected" : "public");
    if (type.getDeclaringClass() != null && Modifier.isStatic(modifiers) && !type.isInterface()
        && !type.isEnum() && !type.isRecord()) {
      line.append(" static");
    }
    if (type.isAnnotation()) {
      line.append(" @interface");
    } else if (type.isInterface()) {
      line.append(type.isSealed() ? " sealed interface" : " interface");
    } else if (type.isEnum()) {
      line.append(" enum");
    } else if (type.isRecord()) {
      line.append(" record");
    } else {
      if (Modifier.isAbstract(modifiers)) {
        line.append(" abstract");
      }
      if (Modifier.isFinal(modifiers)) {
        line.append(" final");
      }
      line.append(type.isSealed() ? " sealed class" : " class");
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(render(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ");
      line.append(Arrays.stream(interfaces).map(this::render).sorted().collect(Collectors.joining(", ")));
    }
    if (type.getDeclaringClass() == null) {
      line.append(" in ").append(type.getPackageName());   // a type moved to another package breaks imports
    }
    return line.toString();
  }

  private List<String> memberLines(Class<?> type) {
    String owner = names.get(type);
    Set<String> lines = new TreeSet<>();
    boolean extendable = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers(), extendable) && !field.isSynthetic()) {
        String kind = field.isEnumConstant() ? "enum constant " : "field ";
        lines.add(prefix(field.getModifiers()) + kind + owner + "." + field.getName()
            + (field.isEnumConstant() ? "" : ": " + render(field.getGenericType())));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers(), extendable) && !constructor.isSynthetic()
          && !type.isEnum()) {
        lines.add(prefix(constructor.getModifiers()) + "constructor " + typeParameters(constructor) + owner
            + parameters(constructor));
      }
    }
    Set<String> seen = new HashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c != type && Modifier.isPublic(c.getModifiers())) {
        break;   // a public superclass is dumped on its own (or is not ours)
      }
      for (Method method : c.getDeclaredMethods()) {
        if (visible(method.getModifiers(), extendable) && !method.isSynthetic() && !method.isBridge()
            && seen.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
          lines.add(prefix(method.getModifiers()) + "method " + typeParameters(method) + owner + "."
              + method.getName() + parameters(method) + ": " + render(method.getGenericReturnType()));
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static boolean visible(int modifiers, boolean extendable) {
    return Modifier.isPublic(modifiers) || (extendable && Modifier.isProtected(modifiers));
  }

  private static String prefix(int modifiers) {
    return (Modifier.isProtected(modifiers) ? "protected " : "") + (Modifier.isStatic(modifiers) ? "static " : "");
  }

  private String parameters(Executable executable) {
    Type[] types = executable.getGenericParameterTypes();
    if (types.length != executable.getParameterCount()) {
      types = executable.getParameterTypes();   // inner-class constructors: the generic view omits the outer
    }
    List<String> rendered = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String type = render(types[i]);
      if (executable.isVarArgs() && i == types.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      rendered.add(type);
    }
    return "(" + String.join(", ", rendered) + ")";
  }

  private String typeParameters(java.lang.reflect.GenericDeclaration declaration) {
    TypeVariable<?>[] variables = declaration.getTypeParameters();
    if (variables.length == 0) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = Arrays.stream(variable.getBounds()).filter(b -> b != Object.class)
          .map(this::render).toList();
      rendered.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    String parameters = "<" + String.join(", ", rendered) + ">";
    return declaration instanceof Class<?> ? parameters : parameters + " ";
  }

  private String render(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray() ? render(c.getComponentType()) + "[]" : className(c);
    }
    if (type instanceof ParameterizedType p) {
      String raw = p.getOwnerType() instanceof ParameterizedType owner
          ? render(owner) + "." + ((Class<?>) p.getRawType()).getSimpleName()
          : render(p.getRawType());
      return raw + Arrays.stream(p.getActualTypeArguments()).map(this::render)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + render(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + render(upper);
    }
    if (type instanceof GenericArrayType a) {
      return render(a.getGenericComponentType()) + "[]";
    }
    return type.getTypeName();   // a type variable
  }

  private String className(Class<?> type) {
    String known = names.get(type);
    if (known != null) {
      return known;
    }
    if (type.isPrimitive()) {
      return type.getName();
    }
    if (type.getPackageName().equals("java.lang")) {
      return nestedName(type);
    }
    String canonical = type.getCanonicalName();
    return canonical != null ? canonical : type.getName();
  }
}
