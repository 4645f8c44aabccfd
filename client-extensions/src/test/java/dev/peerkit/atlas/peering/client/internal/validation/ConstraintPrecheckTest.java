package dev.peerkit.atlas.peering.client.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.Fixtures;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The fast yes agrees with Hibernate Validator: it says "valid" for the spec's valid calls (so the
 * validator is not started for them) and never for a call Hibernate Validator finds a violation in.
 */
class ConstraintPrecheckTest {

  private static final String GROUP = "32b6e34b3d91647abb20e7b8";
  private static final String PEER = "5e57a0e35c6d2b1a2c3d4e5f";
  private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  private static Method update() throws NoSuchMethodException {
    return NetworkPeeringApi.class.getMethod("updatePeeringConnection", String.class, String.class,
        PeeringConnectionUpdate.class, Boolean.class, Boolean.class);
  }

  /** Hibernate Validator's verdict, as RequestValidator asks it (providerName aside). */
  private static int violations(Method method, Object[] args) {
    Object proxy = java.lang.reflect.Proxy.newProxyInstance(ConstraintPrecheckTest.class.getClassLoader(),
        new Class<?>[] {method.getDeclaringClass()}, (p, m, a) -> null);
    int count = HIBERNATE.forExecutables().validateParameters(proxy, method, args).size();
    if (args[2] == null) {
      return count + 1;
    }
    return count + (int) HIBERNATE.validate(args[2]).stream()
        .filter(v -> !v.getPropertyPath().toString().equals("providerName")).count();
  }

  private static boolean precheck(Method method, Object[] args) {
    return ConstraintPrecheck.certainlyValid(method, args, PeeringConnectionUpdate.class, "providerName");
  }

  @Test
  void validCallsOfEveryProviderNeedNoValidator() throws Exception {
    Method m = update();
    for (PeeringConnectionUpdate body : List.of(Fixtures.aws(), Fixtures.azure(), Fixtures.gcp(),
        Fixtures.aws().accepterRegionName(null).awsAccountId(null))) {
      Object[] args = {GROUP, PEER, body, null, Boolean.TRUE};
      assertThat(violations(m, args)).as("Hibernate on %s", body).isZero();
      assertThat(precheck(m, args)).as("precheck on %s", body).isTrue();
    }
  }

  @Test
  void everyCallHibernateRejectsIsSentToHibernate() throws Exception {
    Method m = update();
    Map<String, Object[]> invalid = new LinkedHashMap<>();
    invalid.put("bad groupId", new Object[] {"not-a-group", PEER, Fixtures.aws(), null, null});
    invalid.put("null groupId", new Object[] {null, PEER, Fixtures.aws(), null, null});
    invalid.put("upper-case peerId", new Object[] {GROUP, PEER.toUpperCase(), Fixtures.aws(), null, null});
    invalid.put("bad vpcId", new Object[] {GROUP, PEER, Fixtures.aws().vpcId("vpc-123"), null, null});
    invalid.put("bad CIDR", new Object[] {GROUP, PEER, Fixtures.aws().routeTableCidrBlock("10.0.0.0/33"), null, null});
    invalid.put("missing containerId", new Object[] {GROUP, PEER, Fixtures.gcp().containerId(null), null, null});
    invalid.put("bad gcpProjectId", new Object[] {GROUP, PEER, Fixtures.gcp().gcpProjectId("1bad"), null, null});
    invalid.put("no body", new Object[] {GROUP, PEER, null, null, null});
    List<String> missed = new ArrayList<>();
    invalid.forEach((name, args) -> {
      assertThat(violations(m, args)).as("Hibernate finds %s", name).isPositive();
      if (precheck(m, args)) {
        missed.add(name);
      }
    });
    assertThat(missed).as("said valid although Hibernate Validator disagrees").isEmpty();
  }

  interface Api {
    void call(@NotNull @Pattern(regexp = "a+") String id, Body body);

    void sized(@Size(max = 3) String id, Body body);
  }

  static class Body {
    @Pattern(regexp = "b+")
    public String getName() {
      return "bbb";
    }
  }

  static class FieldBody extends Body {
    @Size(max = 1)
    String extra = "xx";
  }

  static class OtherConstraintBody extends Body {
    @Size(max = 1)
    public String getCode() {
      return "x";
    }
  }

  @Test
  void aConstraintItDoesNotKnowAlwaysGoesToTheValidator() throws Exception {
    Method call = Api.class.getMethod("call", String.class, Body.class);
    assertThat(ConstraintPrecheck.certainlyValid(call, new Object[] {"aa", new Body()}, Body.class, null)).isTrue();
    assertThat(ConstraintPrecheck.certainlyValid(call, new Object[] {"ab", new Body()}, Body.class, null)).isFalse();
    assertThat(ConstraintPrecheck.certainlyValid(call, new Object[] {"aa", new FieldBody()}, Body.class, null)).isFalse();
    assertThat(ConstraintPrecheck.certainlyValid(call, new Object[] {"aa", new OtherConstraintBody()}, Body.class, null)).isFalse();
    Method sized = Api.class.getMethod("sized", String.class, Body.class);
    assertThat(ConstraintPrecheck.certainlyValid(sized, new Object[] {"a", new Body()}, Body.class, null)).isFalse();
  }
}
