/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Session {\n    me {\n      id\n      email\n      platformAdmin\n      memberships {\n        organizationId\n        role\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          terytCode\n          departments {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      roles\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      code\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation GrantRole($input: RoleGrantInput!) {\n    grantRole(input: $input) {\n      userId\n      roles\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RoleGrantInput!) {\n    revokeRole(input: $input) {\n      userId\n      roles\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $filter: AuditFilterInput, $after: String) {\n    auditLog(organizationId: $organizationId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          action\n          entity\n          entityId\n          fileHash\n        }\n      }\n    }\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CandidateFields on Candidate {\n    rank\n    processId\n    processName\n    quadrant\n    automationPotential\n    easeOfImplementation\n    evidenceGrade\n    sampleSize\n    hoursSaved {\n      p10\n      p50\n      p90\n    }\n    netAnnualBenefit {\n      p10\n      p50\n      p90\n    }\n    npv {\n      p10\n      p50\n      p90\n    }\n    probabilityPositiveNpv\n    paybackMonths\n    warnings\n    explanation\n    methodVersion\n  }\n": typeof types.CandidateFieldsFragmentDoc,
    "\n  query CandidateDetail($processId: ID!) {\n    candidateAssessment(processId: $processId) {\n      candidate {\n        ...CandidateFields\n      }\n      result\n      inputs\n    }\n    candidateWhatIf(processId: $processId) {\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n    processScenario(processId: $processId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n  }\n": typeof types.CandidateDetailDocument,
    "\n  query CandidateWhatIfRun($processId: ID!, $scenario: AutomationScenarioInput) {\n    candidateWhatIf(processId: $processId, scenario: $scenario) {\n      candidate {\n        ...CandidateFields\n      }\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n  }\n": typeof types.CandidateWhatIfRunDocument,
    "\n  mutation SaveProcessScenario($processId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setProcessScenario(processId: $processId, input: $input, version: $version) {\n      version\n    }\n  }\n": typeof types.SaveProcessScenarioDocument,
    "\n  query ClaimDetail($id: ID!, $organizationId: ID!) {\n    claim(id: $id) {\n      id\n      statement\n      metric\n      direction\n      magnitude\n      vendor\n      createdAt\n      scope {\n        kind\n        category\n        processId\n      }\n      source {\n        quote\n        title\n        date\n        reference\n      }\n      verifications(first: 10) {\n        id\n        createdAt\n        methodVersion\n        checks {\n          id\n          processId\n          processName\n          exAnte {\n            verdict\n            boundP10\n            boundP50\n            boundP90\n            explanation\n          }\n          exPost {\n            verdict\n            estimate\n            lower\n            upper\n            baselineSampleSize\n            afterSampleSize\n            casesNeededPerPeriod\n            differenceInDifferences\n            method\n            explanation\n            notes\n          }\n        }\n      }\n    }\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClaimDetailDocument,
    "\n  mutation VerifyClaim($claimId: ID!, $options: VerifyClaimOptionsInput) {\n    verifyClaim(claimId: $claimId, options: $options) {\n      id\n    }\n  }\n": typeof types.VerifyClaimDocument,
    "\n  query Claims($organizationId: ID, $after: String) {\n    claims(organizationId: $organizationId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          statement\n          metric\n          vendor\n          source {\n            title\n            quote\n          }\n          verifications(first: 1) {\n            id\n            createdAt\n            checks {\n              id\n              processName\n              exPost {\n                verdict\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimsDocument,
    "\n  query ClaimFormProcesses($organizationId: ID!) {\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClaimFormProcessesDocument,
    "\n  mutation CreateVendorClaim($input: CreateVendorClaimInput!) {\n    createVendorClaim(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateVendorClaimDocument,
    "\n  query PeriodScreen($processId: ID!) {\n    process(id: $processId) {\n      id\n      name\n      ownerUserId\n      periods {\n        id\n        kind\n        label\n        startsOn\n        endsOn\n        serviceHoursPerWeek\n        imports {\n          id\n          fileName\n          format\n          grade\n          rowCount\n          contentHash\n          createdAt\n        }\n        monthlyTotals {\n          month\n          cases\n          handlingMinutes\n          casesWithErrors\n        }\n        baselineFigures {\n          ...BaselineFigureFields\n        }\n      }\n    }\n  }\n": typeof types.PeriodScreenDocument,
    "\n  fragment BaselineFigureFields on Baseline {\n    grade\n    cases\n    events\n    annualVolume\n    months\n    coveredDays\n    variants\n    topVariantShare\n    methodVersion\n    touchTime {\n      ...DurationFields\n    }\n    leadTime {\n      ...DurationFields\n    }\n    reactionTime {\n      ...DurationFields\n    }\n    errorRate {\n      ...RateFields\n    }\n    reworkRate {\n      ...RateFields\n    }\n  }\n  fragment DurationFields on DurationStatistics {\n    unit\n    n\n    mean\n    median\n    p90\n    ciLower\n    ciUpper\n    ciMethod\n  }\n  fragment RateFields on RateStatistics {\n    n\n    count\n    rate\n    ciLower\n    ciUpper\n  }\n": typeof types.BaselineFigureFieldsFragmentDoc,
    "\n  mutation CreateMeasurementPeriod($input: CreateMeasurementPeriodInput!) {\n    createMeasurementPeriod(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeasurementPeriodDocument,
    "\n  mutation UpdateMeasurementPeriod($id: ID!, $input: UpdateMeasurementPeriodInput!) {\n    updateMeasurementPeriod(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMeasurementPeriodDocument,
    "\n  mutation DeleteMeasurementPeriod($id: ID!) {\n    deleteMeasurementPeriod(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteMeasurementPeriodDocument,
    "\n  mutation DeleteMeasurementImport($id: ID!) {\n    deleteMeasurementImport(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteMeasurementImportDocument,
    "\n  query PortfolioCandidates($organizationId: ID) {\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n          rank\n        }\n      }\n    }\n  }\n": typeof types.PortfolioCandidatesDocument,
    "\n  query Portfolio($organizationId: ID, $top: Int!, $processIds: [ID!]) {\n    portfolioSummary(organizationId: $organizationId, top: $top, processIds: $processIds) {\n      candidates\n      processIds\n      draws\n      fteFreedP50\n      probabilityPositiveNpv\n      hoursSaved {\n        p10\n        p50\n        p90\n      }\n      netAnnualBenefit {\n        p10\n        p50\n        p90\n      }\n      npv {\n        p10\n        p50\n        p90\n      }\n      methodVersion\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  fragment ProcessDetails on Process {\n    id\n    version\n    name\n    category\n    departmentId\n    description\n    ownerContact\n    ownerUserId\n    status\n    exceptionRate\n    expectedChanges12m\n    applicationCount\n    documentationAvailable\n    statutoryDeadlineDays\n    decidesAboutPerson\n    standardisationEstimate\n    hourlyLabourCost\n    costPerError\n    estimatedMonthlyVolume\n    estimatedHandlingMinutes\n    estimatedErrorRate\n    serviceHoursPerWeek\n    steps {\n      id\n      position\n      name\n      minutesPerCase\n      ruleBased\n      inputType\n      systems\n      automatableOverride\n      automatableReason\n    }\n    periods {\n      id\n      kind\n      label\n      startsOn\n      endsOn\n      baselineFigures {\n        cases\n        grade\n      }\n    }\n  }\n": typeof types.ProcessDetailsFragmentDoc,
    "\n  query ProcessEditor($id: ID!) {\n    process(id: $id) {\n      ...ProcessDetails\n    }\n  }\n": typeof types.ProcessEditorDocument,
    "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProcessDocument,
    "\n  mutation UpdateProcess($id: ID!, $input: UpdateProcessInput!) {\n    updateProcess(id: $id, input: $input) {\n      ...ProcessDetails\n    }\n  }\n": typeof types.UpdateProcessDocument,
    "\n  query ProcessInventory($filter: ProcessFilterInput!, $first: Int!, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          category\n          status\n          estimatedMonthlyVolume\n          department {\n            id\n            name\n          }\n          candidate {\n            evidenceGrade\n            quadrant\n            annualVolume\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProcessInventoryDocument,
    "\n  query CandidateRanking($organizationId: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {\n    candidateRanking(organizationId: $organizationId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          rank\n          processId\n          processName\n          departmentId\n          quadrant\n          automationPotential\n          easeOfImplementation\n          hoursSaved {\n            p50\n          }\n          npv {\n            p10\n            p50\n            p90\n          }\n          probabilityPositiveNpv\n          evidenceGrade\n          warnings\n          explanation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CandidateRankingDocument,
    "\n  query Scenarios($organizationId: ID!) {\n    organizationScenario(organizationId: $organizationId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n    processScenarios(organizationId: $organizationId) {\n      processId\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      updatedAt\n    }\n    readinessWeights(organizationId: $organizationId) {\n      version\n      stability\n      standardisation\n      structuredInput\n      applicationComplexity\n      documentation\n    }\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n        }\n      }\n    }\n  }\n": typeof types.ScenariosDocument,
    "\n  mutation SaveOrganizationScenario($organizationId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setOrganizationScenario(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n": typeof types.SaveOrganizationScenarioDocument,
    "\n  query WeightsPreview($organizationId: ID!, $input: ReadinessWeightsInput!) {\n    readinessWeightsPreview(organizationId: $organizationId, input: $input) {\n      processId\n      processName\n      easeNow\n      easeThen\n      rankNow\n      rankThen\n      quadrantNow\n      quadrantThen\n    }\n  }\n": typeof types.WeightsPreviewDocument,
    "\n  mutation SaveReadinessWeights($organizationId: ID!, $input: ReadinessWeightsInput!, $version: Int) {\n    setReadinessWeights(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n": typeof types.SaveReadinessWeightsDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query Session {\n    me {\n      id\n      email\n      platformAdmin\n      memberships {\n        organizationId\n        role\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          terytCode\n          departments {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      roles\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      code\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation GrantRole($input: RoleGrantInput!) {\n    grantRole(input: $input) {\n      userId\n      roles\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RoleGrantInput!) {\n    revokeRole(input: $input) {\n      userId\n      roles\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $filter: AuditFilterInput, $after: String) {\n    auditLog(organizationId: $organizationId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          action\n          entity\n          entityId\n          fileHash\n        }\n      }\n    }\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CandidateFields on Candidate {\n    rank\n    processId\n    processName\n    quadrant\n    automationPotential\n    easeOfImplementation\n    evidenceGrade\n    sampleSize\n    hoursSaved {\n      p10\n      p50\n      p90\n    }\n    netAnnualBenefit {\n      p10\n      p50\n      p90\n    }\n    npv {\n      p10\n      p50\n      p90\n    }\n    probabilityPositiveNpv\n    paybackMonths\n    warnings\n    explanation\n    methodVersion\n  }\n": types.CandidateFieldsFragmentDoc,
    "\n  query CandidateDetail($processId: ID!) {\n    candidateAssessment(processId: $processId) {\n      candidate {\n        ...CandidateFields\n      }\n      result\n      inputs\n    }\n    candidateWhatIf(processId: $processId) {\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n    processScenario(processId: $processId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n  }\n": types.CandidateDetailDocument,
    "\n  query CandidateWhatIfRun($processId: ID!, $scenario: AutomationScenarioInput) {\n    candidateWhatIf(processId: $processId, scenario: $scenario) {\n      candidate {\n        ...CandidateFields\n      }\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n  }\n": types.CandidateWhatIfRunDocument,
    "\n  mutation SaveProcessScenario($processId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setProcessScenario(processId: $processId, input: $input, version: $version) {\n      version\n    }\n  }\n": types.SaveProcessScenarioDocument,
    "\n  query ClaimDetail($id: ID!, $organizationId: ID!) {\n    claim(id: $id) {\n      id\n      statement\n      metric\n      direction\n      magnitude\n      vendor\n      createdAt\n      scope {\n        kind\n        category\n        processId\n      }\n      source {\n        quote\n        title\n        date\n        reference\n      }\n      verifications(first: 10) {\n        id\n        createdAt\n        methodVersion\n        checks {\n          id\n          processId\n          processName\n          exAnte {\n            verdict\n            boundP10\n            boundP50\n            boundP90\n            explanation\n          }\n          exPost {\n            verdict\n            estimate\n            lower\n            upper\n            baselineSampleSize\n            afterSampleSize\n            casesNeededPerPeriod\n            differenceInDifferences\n            method\n            explanation\n            notes\n          }\n        }\n      }\n    }\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClaimDetailDocument,
    "\n  mutation VerifyClaim($claimId: ID!, $options: VerifyClaimOptionsInput) {\n    verifyClaim(claimId: $claimId, options: $options) {\n      id\n    }\n  }\n": types.VerifyClaimDocument,
    "\n  query Claims($organizationId: ID, $after: String) {\n    claims(organizationId: $organizationId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          statement\n          metric\n          vendor\n          source {\n            title\n            quote\n          }\n          verifications(first: 1) {\n            id\n            createdAt\n            checks {\n              id\n              processName\n              exPost {\n                verdict\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClaimsDocument,
    "\n  query ClaimFormProcesses($organizationId: ID!) {\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClaimFormProcessesDocument,
    "\n  mutation CreateVendorClaim($input: CreateVendorClaimInput!) {\n    createVendorClaim(input: $input) {\n      id\n    }\n  }\n": types.CreateVendorClaimDocument,
    "\n  query PeriodScreen($processId: ID!) {\n    process(id: $processId) {\n      id\n      name\n      ownerUserId\n      periods {\n        id\n        kind\n        label\n        startsOn\n        endsOn\n        serviceHoursPerWeek\n        imports {\n          id\n          fileName\n          format\n          grade\n          rowCount\n          contentHash\n          createdAt\n        }\n        monthlyTotals {\n          month\n          cases\n          handlingMinutes\n          casesWithErrors\n        }\n        baselineFigures {\n          ...BaselineFigureFields\n        }\n      }\n    }\n  }\n": types.PeriodScreenDocument,
    "\n  fragment BaselineFigureFields on Baseline {\n    grade\n    cases\n    events\n    annualVolume\n    months\n    coveredDays\n    variants\n    topVariantShare\n    methodVersion\n    touchTime {\n      ...DurationFields\n    }\n    leadTime {\n      ...DurationFields\n    }\n    reactionTime {\n      ...DurationFields\n    }\n    errorRate {\n      ...RateFields\n    }\n    reworkRate {\n      ...RateFields\n    }\n  }\n  fragment DurationFields on DurationStatistics {\n    unit\n    n\n    mean\n    median\n    p90\n    ciLower\n    ciUpper\n    ciMethod\n  }\n  fragment RateFields on RateStatistics {\n    n\n    count\n    rate\n    ciLower\n    ciUpper\n  }\n": types.BaselineFigureFieldsFragmentDoc,
    "\n  mutation CreateMeasurementPeriod($input: CreateMeasurementPeriodInput!) {\n    createMeasurementPeriod(input: $input) {\n      id\n    }\n  }\n": types.CreateMeasurementPeriodDocument,
    "\n  mutation UpdateMeasurementPeriod($id: ID!, $input: UpdateMeasurementPeriodInput!) {\n    updateMeasurementPeriod(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMeasurementPeriodDocument,
    "\n  mutation DeleteMeasurementPeriod($id: ID!) {\n    deleteMeasurementPeriod(id: $id) {\n      id\n    }\n  }\n": types.DeleteMeasurementPeriodDocument,
    "\n  mutation DeleteMeasurementImport($id: ID!) {\n    deleteMeasurementImport(id: $id) {\n      id\n    }\n  }\n": types.DeleteMeasurementImportDocument,
    "\n  query PortfolioCandidates($organizationId: ID) {\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n          rank\n        }\n      }\n    }\n  }\n": types.PortfolioCandidatesDocument,
    "\n  query Portfolio($organizationId: ID, $top: Int!, $processIds: [ID!]) {\n    portfolioSummary(organizationId: $organizationId, top: $top, processIds: $processIds) {\n      candidates\n      processIds\n      draws\n      fteFreedP50\n      probabilityPositiveNpv\n      hoursSaved {\n        p10\n        p50\n        p90\n      }\n      netAnnualBenefit {\n        p10\n        p50\n        p90\n      }\n      npv {\n        p10\n        p50\n        p90\n      }\n      methodVersion\n    }\n  }\n": types.PortfolioDocument,
    "\n  fragment ProcessDetails on Process {\n    id\n    version\n    name\n    category\n    departmentId\n    description\n    ownerContact\n    ownerUserId\n    status\n    exceptionRate\n    expectedChanges12m\n    applicationCount\n    documentationAvailable\n    statutoryDeadlineDays\n    decidesAboutPerson\n    standardisationEstimate\n    hourlyLabourCost\n    costPerError\n    estimatedMonthlyVolume\n    estimatedHandlingMinutes\n    estimatedErrorRate\n    serviceHoursPerWeek\n    steps {\n      id\n      position\n      name\n      minutesPerCase\n      ruleBased\n      inputType\n      systems\n      automatableOverride\n      automatableReason\n    }\n    periods {\n      id\n      kind\n      label\n      startsOn\n      endsOn\n      baselineFigures {\n        cases\n        grade\n      }\n    }\n  }\n": types.ProcessDetailsFragmentDoc,
    "\n  query ProcessEditor($id: ID!) {\n    process(id: $id) {\n      ...ProcessDetails\n    }\n  }\n": types.ProcessEditorDocument,
    "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      id\n    }\n  }\n": types.CreateProcessDocument,
    "\n  mutation UpdateProcess($id: ID!, $input: UpdateProcessInput!) {\n    updateProcess(id: $id, input: $input) {\n      ...ProcessDetails\n    }\n  }\n": types.UpdateProcessDocument,
    "\n  query ProcessInventory($filter: ProcessFilterInput!, $first: Int!, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          category\n          status\n          estimatedMonthlyVolume\n          department {\n            id\n            name\n          }\n          candidate {\n            evidenceGrade\n            quadrant\n            annualVolume\n          }\n        }\n      }\n    }\n  }\n": types.ProcessInventoryDocument,
    "\n  query CandidateRanking($organizationId: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {\n    candidateRanking(organizationId: $organizationId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          rank\n          processId\n          processName\n          departmentId\n          quadrant\n          automationPotential\n          easeOfImplementation\n          hoursSaved {\n            p50\n          }\n          npv {\n            p10\n            p50\n            p90\n          }\n          probabilityPositiveNpv\n          evidenceGrade\n          warnings\n          explanation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CandidateRankingDocument,
    "\n  query Scenarios($organizationId: ID!) {\n    organizationScenario(organizationId: $organizationId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n    processScenarios(organizationId: $organizationId) {\n      processId\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      updatedAt\n    }\n    readinessWeights(organizationId: $organizationId) {\n      version\n      stability\n      standardisation\n      structuredInput\n      applicationComplexity\n      documentation\n    }\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n        }\n      }\n    }\n  }\n": types.ScenariosDocument,
    "\n  mutation SaveOrganizationScenario($organizationId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setOrganizationScenario(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n": types.SaveOrganizationScenarioDocument,
    "\n  query WeightsPreview($organizationId: ID!, $input: ReadinessWeightsInput!) {\n    readinessWeightsPreview(organizationId: $organizationId, input: $input) {\n      processId\n      processName\n      easeNow\n      easeThen\n      rankNow\n      rankThen\n      quadrantNow\n      quadrantThen\n    }\n  }\n": types.WeightsPreviewDocument,
    "\n  mutation SaveReadinessWeights($organizationId: ID!, $input: ReadinessWeightsInput!, $version: Int) {\n    setReadinessWeights(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n": types.SaveReadinessWeightsDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      email\n      platformAdmin\n      memberships {\n        organizationId\n        role\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          terytCode\n          departments {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($organizationId: ID!) {\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      roles\n    }\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      code\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: RoleGrantInput!) {\n    grantRole(input: $input) {\n      userId\n      roles\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($input: RoleGrantInput!) {\n    revokeRole(input: $input) {\n      userId\n      roles\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($organizationId: ID!, $filter: AuditFilterInput, $after: String) {\n    auditLog(organizationId: $organizationId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          action\n          entity\n          entityId\n          fileHash\n        }\n      }\n    }\n    members(organizationId: $organizationId) {\n      userId\n      displayName\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateFields on Candidate {\n    rank\n    processId\n    processName\n    quadrant\n    automationPotential\n    easeOfImplementation\n    evidenceGrade\n    sampleSize\n    hoursSaved {\n      p10\n      p50\n      p90\n    }\n    netAnnualBenefit {\n      p10\n      p50\n      p90\n    }\n    npv {\n      p10\n      p50\n      p90\n    }\n    probabilityPositiveNpv\n    paybackMonths\n    warnings\n    explanation\n    methodVersion\n  }\n"): typeof import('./graphql').CandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateDetail($processId: ID!) {\n    candidateAssessment(processId: $processId) {\n      candidate {\n        ...CandidateFields\n      }\n      result\n      inputs\n    }\n    candidateWhatIf(processId: $processId) {\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n    processScenario(processId: $processId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n  }\n"): typeof import('./graphql').CandidateDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateWhatIfRun($processId: ID!, $scenario: AutomationScenarioInput) {\n    candidateWhatIf(processId: $processId, scenario: $scenario) {\n      candidate {\n        ...CandidateFields\n      }\n      npvHistogram {\n        lower\n        upper\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateWhatIfRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProcessScenario($processId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setProcessScenario(processId: $processId, input: $input, version: $version) {\n      version\n    }\n  }\n"): typeof import('./graphql').SaveProcessScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimDetail($id: ID!, $organizationId: ID!) {\n    claim(id: $id) {\n      id\n      statement\n      metric\n      direction\n      magnitude\n      vendor\n      createdAt\n      scope {\n        kind\n        category\n        processId\n      }\n      source {\n        quote\n        title\n        date\n        reference\n      }\n      verifications(first: 10) {\n        id\n        createdAt\n        methodVersion\n        checks {\n          id\n          processId\n          processName\n          exAnte {\n            verdict\n            boundP10\n            boundP50\n            boundP90\n            explanation\n          }\n          exPost {\n            verdict\n            estimate\n            lower\n            upper\n            baselineSampleSize\n            afterSampleSize\n            casesNeededPerPeriod\n            differenceInDifferences\n            method\n            explanation\n            notes\n          }\n        }\n      }\n    }\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyClaim($claimId: ID!, $options: VerifyClaimOptionsInput) {\n    verifyClaim(claimId: $claimId, options: $options) {\n      id\n    }\n  }\n"): typeof import('./graphql').VerifyClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claims($organizationId: ID, $after: String) {\n    claims(organizationId: $organizationId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          statement\n          metric\n          vendor\n          source {\n            title\n            quote\n          }\n          verifications(first: 1) {\n            id\n            createdAt\n            checks {\n              id\n              processName\n              exPost {\n                verdict\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimFormProcesses($organizationId: ID!) {\n    processes(filter: { organizationId: $organizationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimFormProcessesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVendorClaim($input: CreateVendorClaimInput!) {\n    createVendorClaim(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateVendorClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodScreen($processId: ID!) {\n    process(id: $processId) {\n      id\n      name\n      ownerUserId\n      periods {\n        id\n        kind\n        label\n        startsOn\n        endsOn\n        serviceHoursPerWeek\n        imports {\n          id\n          fileName\n          format\n          grade\n          rowCount\n          contentHash\n          createdAt\n        }\n        monthlyTotals {\n          month\n          cases\n          handlingMinutes\n          casesWithErrors\n        }\n        baselineFigures {\n          ...BaselineFigureFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeriodScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BaselineFigureFields on Baseline {\n    grade\n    cases\n    events\n    annualVolume\n    months\n    coveredDays\n    variants\n    topVariantShare\n    methodVersion\n    touchTime {\n      ...DurationFields\n    }\n    leadTime {\n      ...DurationFields\n    }\n    reactionTime {\n      ...DurationFields\n    }\n    errorRate {\n      ...RateFields\n    }\n    reworkRate {\n      ...RateFields\n    }\n  }\n  fragment DurationFields on DurationStatistics {\n    unit\n    n\n    mean\n    median\n    p90\n    ciLower\n    ciUpper\n    ciMethod\n  }\n  fragment RateFields on RateStatistics {\n    n\n    count\n    rate\n    ciLower\n    ciUpper\n  }\n"): typeof import('./graphql').BaselineFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasurementPeriod($input: CreateMeasurementPeriodInput!) {\n    createMeasurementPeriod(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateMeasurementPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasurementPeriod($id: ID!, $input: UpdateMeasurementPeriodInput!) {\n    updateMeasurementPeriod(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateMeasurementPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasurementPeriod($id: ID!) {\n    deleteMeasurementPeriod(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteMeasurementPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasurementImport($id: ID!) {\n    deleteMeasurementImport(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteMeasurementImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioCandidates($organizationId: ID) {\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n          rank\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortfolioCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio($organizationId: ID, $top: Int!, $processIds: [ID!]) {\n    portfolioSummary(organizationId: $organizationId, top: $top, processIds: $processIds) {\n      candidates\n      processIds\n      draws\n      fteFreedP50\n      probabilityPositiveNpv\n      hoursSaved {\n        p10\n        p50\n        p90\n      }\n      netAnnualBenefit {\n        p10\n        p50\n        p90\n      }\n      npv {\n        p10\n        p50\n        p90\n      }\n      methodVersion\n    }\n  }\n"): typeof import('./graphql').PortfolioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessDetails on Process {\n    id\n    version\n    name\n    category\n    departmentId\n    description\n    ownerContact\n    ownerUserId\n    status\n    exceptionRate\n    expectedChanges12m\n    applicationCount\n    documentationAvailable\n    statutoryDeadlineDays\n    decidesAboutPerson\n    standardisationEstimate\n    hourlyLabourCost\n    costPerError\n    estimatedMonthlyVolume\n    estimatedHandlingMinutes\n    estimatedErrorRate\n    serviceHoursPerWeek\n    steps {\n      id\n      position\n      name\n      minutesPerCase\n      ruleBased\n      inputType\n      systems\n      automatableOverride\n      automatableReason\n    }\n    periods {\n      id\n      kind\n      label\n      startsOn\n      endsOn\n      baselineFigures {\n        cases\n        grade\n      }\n    }\n  }\n"): typeof import('./graphql').ProcessDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessEditor($id: ID!) {\n    process(id: $id) {\n      ...ProcessDetails\n    }\n  }\n"): typeof import('./graphql').ProcessEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProcessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcess($id: ID!, $input: UpdateProcessInput!) {\n    updateProcess(id: $id, input: $input) {\n      ...ProcessDetails\n    }\n  }\n"): typeof import('./graphql').UpdateProcessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessInventory($filter: ProcessFilterInput!, $first: Int!, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          category\n          status\n          estimatedMonthlyVolume\n          department {\n            id\n            name\n          }\n          candidate {\n            evidenceGrade\n            quadrant\n            annualVolume\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProcessInventoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateRanking($organizationId: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {\n    candidateRanking(organizationId: $organizationId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          rank\n          processId\n          processName\n          departmentId\n          quadrant\n          automationPotential\n          easeOfImplementation\n          hoursSaved {\n            p50\n          }\n          npv {\n            p10\n            p50\n            p90\n          }\n          probabilityPositiveNpv\n          evidenceGrade\n          warnings\n          explanation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenarios($organizationId: ID!) {\n    organizationScenario(organizationId: $organizationId) {\n      version\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      maintenanceShare\n      supervisionMinutes\n      botSpeedFactor\n      horizonYears\n      discountRate\n    }\n    processScenarios(organizationId: $organizationId) {\n      processId\n      botLicensePerYear\n      implementationCost\n      grantAmount\n      updatedAt\n    }\n    readinessWeights(organizationId: $organizationId) {\n      version\n      stability\n      standardisation\n      structuredInput\n      applicationComplexity\n      documentation\n    }\n    candidateRanking(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          processId\n          processName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrganizationScenario($organizationId: ID!, $input: AutomationScenarioInput!, $version: Int) {\n    setOrganizationScenario(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n"): typeof import('./graphql').SaveOrganizationScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeightsPreview($organizationId: ID!, $input: ReadinessWeightsInput!) {\n    readinessWeightsPreview(organizationId: $organizationId, input: $input) {\n      processId\n      processName\n      easeNow\n      easeThen\n      rankNow\n      rankThen\n      quadrantNow\n      quadrantThen\n    }\n  }\n"): typeof import('./graphql').WeightsPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReadinessWeights($organizationId: ID!, $input: ReadinessWeightsInput!, $version: Int) {\n    setReadinessWeights(organizationId: $organizationId, input: $input, version: $version) {\n      version\n    }\n  }\n"): typeof import('./graphql').SaveReadinessWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
